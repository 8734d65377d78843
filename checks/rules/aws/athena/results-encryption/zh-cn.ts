/** AWS-ATHENA-RESULTS-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Athena 工作组设置并强制执行查询结果加密',
  problem: 'Athena 工作组写入查询结果时没有强制执行的加密选项',
  rationale:
    '自 2023 年 1 月起，Amazon S3 会用 SSE-S3 加密每个新对象，因此查询结果在 S3 中不会以未加密形式存放；工作组的加密选项带来的，是由你选择的 KMS 密钥（其密钥策略和 CloudTrail 记录决定并记录谁能读取结果），以及不再依赖结果存储桶配置的加密。只有自行指定结果位置却未设置加密选项的工作组，或允许客户端覆盖其加密设置（EnforceWorkGroupConfiguration 为 false）的工作组才会被报告；未指定结果位置的工作组把位置和加密交给各客户端决定，不会被报告。由于存储桶的默认加密仍然生效，严重性为低。',
  messages: {
    notSet: '工作组 {workgroup} 指定了查询结果位置，但未设置 {property}，因此结果只有存储桶的默认加密',
    notEnforced: '工作组 {workgroup} 的 {property} 为 `false`，客户端可以不经其结果加密运行查询',
  },
  fixNotes: {
    'or CSE_KMS, SSE_S3': '或 CSE_KMS、SSE_S3',
  },
  checkedAgainst: 'ca9446410c14ff96',
});
