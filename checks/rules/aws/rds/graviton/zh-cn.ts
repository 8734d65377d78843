/** AWS-RDS-GRAVITON in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '使用开源引擎的 RDS 数据库采用 Graviton 实例类',
  problem: 'RDS 数据库在可以使用 Graviton 的地方使用了 x86 实例类',
  rationale:
    'Graviton（arm64）实例类运行 MySQL、MariaDB、PostgreSQL 和 Aurora，性价比高于同类 x86 实例类，完成同样的工作耗能也更少。引擎由 RDS 托管，只要引擎版本支持 Graviton，切换就只是更改实例类并重启一次。',
  messages: {
    x86: '{database} 使用 {instanceClass}；可以考虑 Graviton 实例类 {alternative}',
  },
  fixNotes: {
    'was db.m5.large': '原为 db.m5.large',
  },
  checkedAgainst: '55cab7dde5abc5a3',
});
