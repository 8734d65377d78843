/** AWS-DOCDB-GRAVITON in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'DocumentDB 实例使用 Graviton 实例类',
  problem: 'DocumentDB 实例在可以使用 Graviton 的地方使用了 x86 实例类',
  rationale:
    'DocumentDB 提供 Graviton（arm64）实例类 db.r6g、db.r8g 和 db.t4g，每小时价格低于对应的 db.r5 和 db.t3，完成同样的工作耗能也更少。引擎由服务托管，迁移只是更改实例类并重启，可以逐个副本进行；引擎 3.6 没有 Graviton 实例类，不在检查范围内。',
  messages: {
    x86: '{instance} 使用 {instanceClass}（{property}）；可以考虑 Graviton 实例类 {alternative}',
  },
  fixNotes: {
    'was db.r5.large': '原为 db.r5.large',
  },
  checkedAgainst: '1eb08a9f6da099b4',
});
