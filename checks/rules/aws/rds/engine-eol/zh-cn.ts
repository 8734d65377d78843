/** AWS-RDS-ENGINE-EOL in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库运行仍在标准支持期内的主要引擎版本',
  problem: 'RDS 数据库运行的主要引擎版本已过标准支持结束日期',
  rationale:
    '主要版本到达 RDS 标准支持结束日期后，RDS 会把数据库纳入 RDS 扩展支持，并对每个实例（包括备用实例）按每 vCPU 每小时加收费用；头两年之后费率还会上升，可能接近甚至超过实例本身的价格。扩展支持只修补严重和高危漏洞，大约三年后 RDS 会自行升级数据库；升级主要版本即可停止这笔费用。',
  messages: {
    pastStandardSupport: '{database} 的 {property} 为 {version}：{major} 的 RDS 标准支持已于 {date} 结束，因此该数据库按扩展支持计费',
  },
  fixNotes: {
    'or AWS::RDS::DBCluster': '或 AWS::RDS::DBCluster',
    'a major version still in standard support': '仍在标准支持期内的主要版本',
    'or aws_rds_cluster': '或 aws_rds_cluster',
  },
  checkedAgainst: 'a9f6df3d12fcfab1',
});
