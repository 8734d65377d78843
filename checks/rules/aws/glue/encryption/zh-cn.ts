/** AWS-GLUE-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Glue 作业在加密其写入数据的安全配置下运行',
  problem: 'Glue 安全配置未开启加密，或 Glue 作业未指定安全配置',
  rationale:
    'Glue 安全配置决定引用它的作业、爬网程序和开发终端节点如何加密写入 Amazon S3 的输出、发送到 CloudWatch Logs 的日志以及作业书签，三者除非显式选择，否则都是 DISABLED。前两者仍有 S3 默认加密（SSE-S3）和 CloudWatch Logs 自身的加密兜底，但作业书签只有通过安全配置才会用 KMS 加密，而且只有它能在作业输出与读取者之间加上一把 KMS 密钥及其密钥策略。未指定安全配置的作业以上都得不到。',
  messages: {
    disabled: '安全配置 {configuration} 中的 {property} 为 `DISABLED`',
    notSet: '安全配置 {configuration} 未设置 {properties}，因此 Glue 将其保持为 `DISABLED`',
    noConfiguration: 'Glue 作业 {job} 未设置 {property}，因此它在没有安全配置的情况下运行',
  },
  fixNotes: {
    'each AWS::Glue::Job names it: SecurityConfiguration: !Ref EtlSecurityConfiguration': '每个 AWS::Glue::Job 都引用它：SecurityConfiguration: !Ref EtlSecurityConfiguration',
  },
  checkedAgainst: 'd9b7c6cd20a6e8e6',
});
