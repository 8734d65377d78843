/** AWS-SQS-TLS-ONLY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'SQS 队列拒绝不使用 TLS 的请求',
  problem: 'SQS 队列接受不使用 TLS 的请求',
  rationale:
    'Amazon SQS 要求对启用了服务器端加密的队列的每个请求都使用 HTTPS 和签名版本 4，因此启用了 SSE-SQS（自 2022 年底起默认开启）或 SSE-KMS 的队列本身就会拒绝明文 HTTP。关闭了 SSE 的队列会接受 HTTP 请求，消息正文以未加密的形式在网络上传输，除非队列策略拒绝 aws:SecureTransport 为 false 的请求。',
  messages: {
    noPolicy: '队列 {queue} 将 {property} 设为 `false`，没有 KMS 密钥，也没有在 `aws:SecureTransport` 为 `false` 时拒绝请求的队列策略',
    noDeny: '队列 {queue} 将 {property} 设为 `false`，没有 KMS 密钥，其队列策略也没有在 `aws:SecureTransport` 为 `false` 时拒绝 `sqs:*`',
  },
  fixNotes: {
    'or leave SqsManagedSseEnabled at its default (true): SQS then requires HTTPS': '或者让 SqsManagedSseEnabled 保持默认值（true）：这样 SQS 就会要求使用 HTTPS',
  },
  checkedAgainst: 'e470f8749fc6fef2',
});
