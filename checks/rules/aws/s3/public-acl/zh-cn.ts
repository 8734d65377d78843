/** AWS-S3-PUBLIC-ACL in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'S3 存储桶不通过标准 ACL 授予公开访问权限',
  problem: 'S3 存储桶通过标准 ACL 授予公开访问权限',
  rationale:
    'PublicRead 或 PublicReadWrite ACL 允许互联网上的任何人列出或修改存储桶，而 AuthenticatedRead 则意味着任何 AWS 账户都能访问。ACL 是一种旧机制：请用 BucketOwnerEnforced 禁用 ACL，并通过 CloudFront 提供公开内容。',
  messages: {
    publicAcl: '存储桶 {bucket} 使用了标准 ACL {acl}',
  },
  fixNotes: {
    'No AccessControl; ACLs off entirely:': '不设置 AccessControl，完全关闭 ACL：',
  },
  checkedAgainst: '710185d12aa0c7ff',
});
