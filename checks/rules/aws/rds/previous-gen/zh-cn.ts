/** AWS-RDS-PREVIOUS-GEN in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库使用当前一代实例类',
  problem: 'RDS 数据库使用上一代实例类',
  rationale:
    'db.t2、db.m4、db.r4 等上一代实例类运行在较旧的硬件上：较新的实例类每个 vCPU 的性能更高，网络和存储带宽也更大，价格通常持平甚至更低。较新的引擎版本往往不在旧实例类上提供，而且 RDS 最终会让这些实例类退役，按自己的时间表升级实例。',
  messages: {
    previous: '{database} 使用上一代实例类 {instanceClass}',
  },
  fixNotes: {
    'was db.m4.large; db.m6i/db.m7i if you need x86': '原为 db.m4.large；如果需要 x86，可以用 db.m6i/db.m7i',
  },
  checkedAgainst: 'd741353976748798',
});
