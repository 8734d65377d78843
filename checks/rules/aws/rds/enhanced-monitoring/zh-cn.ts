/** AWS-RDS-ENHANCED-MONITORING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库收集增强监控指标',
  problem: 'RDS 数据库未开启增强监控',
  rationale:
    'RDS 的 CloudWatch 指标来自虚拟机管理程序，每分钟一次，既看不出是哪个进程占用了 CPU，也看不到客户机内部的内存、交换空间和文件系统状况。增强监控在实例上运行代理，最快每秒上报一次操作系统指标和进程列表，借此才能区分是主机资源瓶颈还是查询本身慢；不设置监控间隔时它处于关闭状态。',
  messages: {
    notSet: '{database} 未设置 {property}，因此增强监控处于关闭状态（默认值为 `0`）',
    off: '{database} 的 {property} 为 `0`，增强监控因此关闭',
  },
  fixNotes: {
    'or a Multi-AZ AWS::RDS::DBCluster': '或多可用区 AWS::RDS::DBCluster',
    'seconds: 1, 5, 10, 15, 30 or 60': '秒：1、5、10、15、30 或 60',
    'trusts monitoring.rds.amazonaws.com': '信任 monitoring.rds.amazonaws.com',
    'or aws_rds_cluster_instance': '或 aws_rds_cluster_instance',
  },
  checkedAgainst: 'ea20e38f5b163c95',
});
