/** AWS-DOCDB-AUDIT-LOGS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'DocumentDB 集群将审计日志导出到 CloudWatch Logs',
  problem: 'DocumentDB 集群未导出审计日志',
  rationale:
    'DocumentDB 可以记录身份验证尝试、用户和角色变更、索引和集合变更，还可以选择记录读写操作；但除非集群把 audit 日志类型导出到 CloudWatch Logs，否则这些记录都不会保留。导出只是其中一半：集群参数组的 audit_logs 参数默认关闭，也必须一并开启，否则日志组始终是空的。',
  messages: {
    notSet: '{cluster} 未设置 {property}，因此不会向 CloudWatch Logs 导出任何审计事件',
    missing: '{cluster} 的 {property} 不包含 `audit`',
  },
  fixNotes: {
    'a cluster parameter group with audit_logs: enabled': '一个将 audit_logs 设为 enabled 的集群参数组',
    'off by default: the export alone delivers nothing': '默认关闭：只开导出不会有任何日志',
  },
  checkedAgainst: '27ea465daa227044',
});
