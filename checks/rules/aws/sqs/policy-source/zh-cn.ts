/** AWS-SQS-POLICY-SOURCE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'SQS 队列策略把服务主体限定到来源资源或账户',
  problem: 'SQS 队列策略允许 AWS 服务代表任意资源或账户发送消息',
  rationale:
    '队列策略中允许 sns.amazonaws.com 或 s3.amazonaws.com 等服务主体且不带条件的语句，会让该服务代表任何客户的主题、存储桶或规则向此队列投递消息，这就是“混淆代理人”问题。加上 aws:SourceArn 或 aws:SourceAccount 条件，可以把它限定到你自己的资源。',
  messages: {
    noSource: '{queue} 的队列策略允许 {services}，但没有 `aws:SourceArn` 或 `aws:SourceAccount` 条件',
  },
  fixNotes: {},
  checkedAgainst: '8398917697b44259',
});
