/** AWS-SNS-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'SNS 主题使用 KMS 对消息进行静态加密',
  problem: 'SNS 主题以未加密形式存储消息',
  rationale:
    '除非通过 KmsMasterKeyId 指定了 KMS 密钥，否则 SNS 不会对主题进行静态加密，SNS 投递期间暂存的消息都以未加密形式存储。使用客户托管密钥时，还可以通过密钥策略控制哪些发布者和订阅者能使用该主题。',
  messages: {
    noKey: '主题 {topic} 未设置 {property}，因此消息以未加密形式存储',
    emptyKey: '主题 {topic} 的 {property} 为空，因此消息以未加密形式存储',
  },
  fixNotes: {
    'or alias/aws/sns for the AWS managed key': '或用 alias/aws/sns 表示 AWS 托管密钥',
    'or "alias/aws/sns"': '或 "alias/aws/sns"',
  },
  checkedAgainst: 'cab9774afddf33d1',
});
