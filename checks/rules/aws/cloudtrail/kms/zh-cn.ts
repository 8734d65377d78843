/** AWS-CLOUDTRAIL-KMS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudTrail 跟踪使用 KMS 密钥加密日志文件',
  problem: 'CloudTrail 跟踪只使用 SSE-S3 加密日志文件',
  rationale:
    'CloudTrail 日志文件默认使用 SSE-S3 加密，因此任何能读取存储桶的人都能读取账户活动记录。使用 KMS 密钥（SSE-KMS）后，读取日志文件还需要对该密钥的 kms:Decrypt 权限，这样管理存储桶的人和有权阅读审计记录的人就被分开了，而且每次解密本身也会被记录。',
  messages: {
    notSet: '跟踪 {trail} 未设置 {property}，因此其日志文件只使用 SSE-S3 加密',
  },
  fixNotes: {
    'a key whose policy lets cloudtrail.amazonaws.com encrypt': '密钥策略须允许 cloudtrail.amazonaws.com 用它加密',
  },
  checkedAgainst: '5c1e787970f3b734',
});
