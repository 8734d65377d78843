/** AWS-SNS-POLICY-SOURCE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'SNS 主题策略把服务主体限定到来源资源或账户',
  problem: 'SNS 主题策略允许 AWS 服务代表任意资源或账户发布消息',
  rationale:
    '主题策略中允许 s3.amazonaws.com 或 events.amazonaws.com 等服务主体且不带条件的语句，会让该服务代表任何客户的存储桶、规则或警报向此主题发布消息，这就是“混淆代理人”问题。加上 aws:SourceArn 或 aws:SourceAccount 条件，可以把它限定到你自己的资源。',
  messages: {
    noSource: '{topic} 的主题策略允许 {services}，但没有 `aws:SourceArn` 或 `aws:SourceAccount` 条件',
  },
  fixNotes: {},
  checkedAgainst: '8cb83eb29a85012b',
});
