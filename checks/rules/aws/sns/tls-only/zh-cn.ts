/** AWS-SNS-TLS-ONLY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'SNS 主题拒绝不使用 TLS 的发布请求',
  problem: 'SNS 主题接受不使用 TLS 的发布请求',
  rationale:
    'Amazon SNS 要求对使用 KMS 密钥加密的主题发出的请求使用 HTTPS 和签名版本 4，但未启用服务器端加密的主题也会接受通过明文 HTTP 发布的请求，消息内容可能以未加密的形式在网络上传输。在主题策略中加一条在 aws:SecureTransport 为 false 时拒绝 sns:Publish 的语句，可以让所有发布方都使用 TLS。',
  messages: {
    noPolicy: '主题 {topic} 没有设置 {property}，也没有在 `aws:SecureTransport` 为 `false` 时拒绝 `sns:Publish` 的主题策略',
    noDeny: '主题 {topic} 没有设置 {property}，其主题策略也没有在 `aws:SecureTransport` 为 `false` 时拒绝 `sns:Publish`',
  },
  fixNotes: {
    'or encrypt the topic (KmsMasterKeyId): SNS then requires HTTPS': '或者加密该主题（KmsMasterKeyId）：这样 SNS 就会要求使用 HTTPS',
  },
  checkedAgainst: '9e18014c73fe7def',
});
