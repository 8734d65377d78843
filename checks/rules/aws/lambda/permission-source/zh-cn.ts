/** AWS-LAMBDA-PERMISSION-SOURCE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '授予 AWS 服务的 Lambda 权限写明了来源资源或账户',
  problem: 'Lambda 权限允许 AWS 服务代表任意资源或账户调用函数',
  rationale:
    '只写了 sns.amazonaws.com 这类服务主体的权限，会让该服务代表任何账户中指向此函数的任何资源来调用它，这就是“混淆代理人”问题。SourceArn 把权限限定到你自己的主题、规则或 API；对 Amazon S3 而言，存储桶 ARN 不含账户 ID，而且存储桶名称在删除后可以被他人重新占用，因此 AWS 建议同时设置 SourceAccount。',
  messages: {
    noSource: 'Lambda 权限 {permission} 允许 {principal} 调用函数，但既未设置 {sourceArn}，也未设置 {sourceAccount}',
    s3NoAccount: 'Lambda 权限 {permission} 允许 {principal} 为 {sourceArn} {arn} 调用函数，但未设置 {sourceAccount}；存储桶 ARN 不包含账户',
  },
  fixNotes: {},
  checkedAgainst: '6de531844b30b1a0',
});
