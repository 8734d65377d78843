/** AWS-SECRETSMANAGER-ROTATION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Secrets Manager 机密按计划轮换',
  problem: 'Secrets Manager 机密没有轮换计划',
  rationale:
    '从不轮换的机密，只要还有任何一份副本留存（日志里、笔记本电脑上、前员工的笔记中），就一直有效。配置轮换计划后，Secrets Manager 会通过轮换 Lambda 函数或托管轮换按计划替换机密值，泄露的值最多在一个周期后失效。无法自动轮换的机密，也应有书面的手动轮换流程，并用注明原因的抑制规则记录下来。',
  messages: {
    none: '没有以机密 {secret} 为目标的 {property}，因此它的值永远不会改变',
  },
  fixNotes: {
    'needed for HostedRotationLambda': '使用 HostedRotationLambda 时必需',
    'or RotationLambdaARN: your own function': '或者用 RotationLambdaARN 指定自己的函数',
  },
  checkedAgainst: 'a32c988b7e4caad4',
});
