/** AWS-SNS-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'SNS 主题使用发布者可用的 KMS 密钥对消息进行静态加密',
  problem: 'SNS 主题以未加密形式存储消息，或所用密钥其发布者无法使用',
  rationale:
    '只有通过 KmsMasterKeyId 指定了 KMS 密钥，SNS 才会对主题进行静态加密，否则投递期间暂存的消息都以未加密形式存储。AWS 托管密钥 alias/aws/sns 的密钥策略无法修改，因此 CloudWatch 警报、EventBridge 规则和 S3 事件通知都无法向用它加密的主题发布消息，这些消息会丢失；应改用客户托管密钥，并在密钥策略中允许这些服务主体调用 kms:GenerateDataKey* 和 kms:Decrypt，并在主题策略中限定哪些资源可以发布消息。',
  messages: {
    noKey: '主题 {topic} 未设置 {property}，因此消息以未加密形式存储',
    emptyKey: '主题 {topic} 的 {property} 为空，因此消息以未加密形式存储',
    managedKey: '主题 {topic} 使用 AWS 托管密钥 {key} 加密，{principals} 无法用它代 {publishers} 发布消息',
  },
  fixNotes: {
    'Services that publish to the topic need the key: alias/aws/sns cannot grant them this.': '向主题发布消息的服务需要使用该密钥：alias/aws/sns 无法授予它们这一权限。',
    'a customer managed key, not alias/aws/sns': '使用客户托管密钥，而非 alias/aws/sns',
    'Which alarms, rules and buckets may publish is limited in the topic policy (aws:SourceArn).': '哪些警报、规则和存储桶可以发布消息，由主题策略（aws:SourceArn）限定。',
  },
  checkedAgainst: '949f1ee2b332000e',
});
