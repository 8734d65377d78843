/** AWS-RDS-PERFORMANCE-INSIGHTS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库开启 Performance Insights',
  problem: 'RDS 数据库未开启 Performance Insights',
  rationale:
    'Performance Insights 按等待事件、SQL 语句、主机和用户记录数据库负载，事后要找出导致性能下降的那条查询，靠的就是这些数据。它免费提供 7 天的历史数据，也是 CloudWatch Database Insights 标准模式的数据来源。',
  messages: {
    notSet: '{database} 未开启 Performance Insights（默认关闭）',
    off: '{database} 关闭了 Performance Insights',
  },
  fixNotes: {
    'days; 7 is free': '天数；7 天免费',
    'AWS::RDS::DBCluster (Multi-AZ DB cluster): PerformanceInsightsEnabled: true': 'AWS::RDS::DBCluster（多可用区数据库集群）：PerformanceInsightsEnabled: true',
    'or aws_rds_cluster_instance': '或 aws_rds_cluster_instance',
  },
  checkedAgainst: 'a3e4e306fffff111',
});
