/** AWS-RDS-DEFAULT-PORT in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库不在引擎默认端口上监听',
  problem: 'RDS 数据库在引擎默认端口上监听',
  rationale:
    '自动化扫描器和常见攻击工具会优先尝试 3306、5432、1433、1521 和 50000，因此数据库若使用引擎默认端口，任何能触达其网络的探测都会找到它。换一个端口只是纵深防御：它能减少机会主义探测和日志噪音，真正把攻击者挡在外面的仍然是私有子网、安全组和身份验证。',
  messages: {
    notSet: '{database} 未设置 {property}，因此在引擎 {engine} 的默认端口 {port} 上监听',
    explicit: '{database} 的 {property} 为 {port}，即引擎 {engine} 的默认端口',
  },
  fixNotes: {
    'Aurora: on the AWS::RDS::DBCluster': 'Aurora：在 AWS::RDS::DBCluster 上设置',
    'any free port; open the same one in the security group': '任选一个空闲端口；安全组中放行同一端口',
    'Aurora: on aws_rds_cluster': 'Aurora：在 aws_rds_cluster 上设置',
  },
  checkedAgainst: '8dc4867a927a8ed4',
});
