/** AWS-S3-PUBLIC-ACL in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'S3 存储桶不通过标准 ACL 授予公开访问权限',
  problem: 'S3 存储桶通过标准 ACL 授予公开访问权限',
  rationale:
    'PublicRead 或 PublicReadWrite ACL 允许互联网上的任何人列出或修改存储桶，而 AuthenticatedRead 则意味着任何 AWS 账户都能访问。自 2023 年 4 月起，新存储桶默认禁用 ACL（对象所有权为 BucketOwnerEnforced）并开启阻止公有访问，因此除非模板同时关闭这两项，S3 会拒绝此类 ACL；关闭了的存储桶即为公开，没有关闭的则带着一项会导致部署失败的设置，只等这些默认值被改掉。请保持 ACL 禁用，并通过 CloudFront 提供公开内容。',
  messages: {
    publicAcl: '存储桶 {bucket} 使用了标准 ACL {acl}',
    aclsDisabled: '存储桶 {bucket} 要求使用标准 ACL {acl}，但 ACL 处于禁用状态（{property} 未设为 `ObjectWriter` 或 `BucketOwnerPreferred`），S3 会拒绝该 ACL',
    blocked: '存储桶 {bucket} 要求使用标准 ACL {acl}，但在 {settings} 保持开启期间，阻止公有访问会拒绝或忽略该 ACL',
  },
  fixNotes: {
    'No AccessControl; ACLs off entirely:': '不设置 AccessControl，完全关闭 ACL：',
  },
  checkedAgainst: 'a8d7994b66ee68ef',
});
