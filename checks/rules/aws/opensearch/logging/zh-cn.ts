/** AWS-OPENSEARCH-LOGGING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'OpenSearch 域将错误日志发布到 CloudWatch Logs',
  problem: 'OpenSearch 域未发布错误日志',
  rationale:
    '除非在 LogPublishingOptions 中为每种日志类型指定日志组，否则域不会发布任何日志；没有错误日志，分片分配失败、写入被拒、快照失败和脚本出错的原因都只留在你无法登录的节点上。慢日志要在索引上设置阈值后才会有内容，审计日志需要开启精细访问控制，因此错误日志是每个域至少应发布的日志。',
  messages: {
    notSet: '{domain} 未将 {logType} 发布到 CloudWatch Logs，其错误日志没有保存在任何可以查看的地方',
    off: '{domain} 上 {logType} 的 {property} 为 `false`，其错误日志不会被发布',
  },
  fixNotes: {
    "the log group's resource policy must allow es.amazonaws.com": '日志组的资源策略必须允许 es.amazonaws.com 写入',
    'needs an aws_cloudwatch_log_resource_policy for es.amazonaws.com': '需要为 es.amazonaws.com 配置 aws_cloudwatch_log_resource_policy',
  },
  checkedAgainst: '3de78771d2a889eb',
});
