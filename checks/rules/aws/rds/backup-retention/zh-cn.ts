/** AWS-RDS-BACKUP-RETENTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库的自动备份至少保留 7 天',
  problem: 'RDS 数据库的自动备份保留不足 7 天',
  rationale:
    '时间点恢复依赖自动备份，而且只能回溯到保留期以内：API 的默认值只有 1 天，在 RDS 实例上设为 0 则会彻底关闭备份。数据损坏或错误的部署往往几天后才被发现，因此请至少保留一周（最长 35 天）。',
  messages: {
    notSet: '{database} 未设置 {property}，因此备份只保留 {days} 天（默认值）',
    disabled: '{database} 的 {property} 为 `0`：自动备份已关闭',
    oneDay: '{database} 的 {property} 为 {days} 天，低于 {minimum} 天',
    short: '{database} 的 {property} 为 {days} 天，低于 {minimum} 天',
  },
  fixNotes: {
    'or AWS::RDS::DBCluster': '或 AWS::RDS::DBCluster',
    'days, 1-35': '天数，1-35',
    'aws_rds_cluster: preferred_backup_window': 'aws_rds_cluster 还可以设置 preferred_backup_window',
  },
  checkedAgainst: '18cf652417a230d8',
});
