/** AWS-DYNAMODB-PITR in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'DynamoDB 表开启时间点恢复',
  problem: 'DynamoDB 表未开启时间点恢复',
  rationale:
    '时间点恢复会为表持续备份，因此在一次有问题的部署、一次误操作的批量写入或删除之后，可以把表恢复到恢复窗口（默认 35 天）内的任意一秒。该功能默认关闭；不开启的话，唯一的退路就只剩下有人恰好记得做过的按需备份。',
  messages: {
    notSet: 'DynamoDB 表 {table} 未开启时间点恢复（{property} 默认为 `false`）',
    off: 'DynamoDB 表 {table} 的 {property} 为 `false`',
  },
  fixNotes: {
    'AWS::DynamoDB::GlobalTable: set it in every item of Replicas': 'AWS::DynamoDB::GlobalTable：在 Replicas 的每一项中都要设置',
  },
  checkedAgainst: 'd4f746a28a22a05c',
});
