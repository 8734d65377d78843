/** AWS-GLUE-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Glue 加密作业写入的数据及其数据目录中的内容',
  problem: 'Glue 未对作业输出、作业书签、数据目录元数据或连接密码开启加密',
  rationale:
    'Glue 安全配置决定引用它的作业、爬网程序和开发终端节点如何加密写入 Amazon S3 的输出、CloudWatch Logs 日志以及作业书签，三者除非显式选择，否则都是 DISABLED；前两者仍有 S3 默认加密（SSE-S3）和 CloudWatch Logs 自身的加密兜底，但作业书签的 KMS 加密、以及用 KMS 密钥策略把守作业输出，都只能通过安全配置实现，未指定安全配置的作业以上都得不到。源代码中写明的数据目录加密设置，如果让目录元数据不经 KMS 加密（DISABLED），或让 GetConnection 以明文返回连接密码，也会被报告。',
  messages: {
    disabled: '安全配置 {configuration} 中的 {property} 为 `DISABLED`',
    notSet: '安全配置 {configuration} 未设置 {properties}，因此 Glue 将其保持为 `DISABLED`',
    noConfiguration: 'Glue 作业 {job} 未设置 {property}，因此它在没有安全配置的情况下运行',
    catalogDisabled: '数据目录加密设置 {settings} 中的 {property} 为 `DISABLED`',
    passwordsInPlainText: '数据目录加密设置 {settings} 中的 {property} 为 `false`，因此 GetConnection 会以明文返回连接密码',
  },
  fixNotes: {
    'each AWS::Glue::Job names it: SecurityConfiguration: !Ref EtlSecurityConfiguration\nAWS::Glue::DataCatalogEncryptionSettings: CatalogEncryptionMode SSE-KMS, ReturnConnectionPasswordEncrypted true':
      '每个 AWS::Glue::Job 都引用它：SecurityConfiguration: !Ref EtlSecurityConfiguration\nAWS::Glue::DataCatalogEncryptionSettings：CatalogEncryptionMode 设为 SSE-KMS，ReturnConnectionPasswordEncrypted 设为 true',
  },
  checkedAgainst: '149fb803bc0503cd',
});
