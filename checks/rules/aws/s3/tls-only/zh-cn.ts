/** AWS-S3-TLS-ONLY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'S3 存储桶拒绝不使用 TLS 的请求',
  problem: 'S3 存储桶接受不使用 TLS 的请求',
  rationale:
    '除非存储桶策略明确拒绝，否则 S3 会接受明文 HTTP 请求。一条针对 aws:SecureTransport = false 的 Deny 语句可以确保对象和凭据永远不会以未加密的形式在网络上传输，无论使用的是哪种客户端或 SDK 设置。',
  messages: {
    noDeny: '存储桶 {bucket} 没有在 `aws:SecureTransport` 为 `false` 时拒绝请求的策略语句',
  },
  fixNotes: {},
  checkedAgainst: '89b77e41720f1224',
});
