/** AWS-DOCDB-BACKUP-RETENTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'DocumentDB 集群的自动备份至少保留 7 天',
  problem: 'DocumentDB 集群的自动备份保留不足 7 天',
  rationale:
    'DocumentDB 始终持续备份，但时间点恢复只能回溯到保留期以内，而保留期默认只有一天（最长 35 天）。如果一次错误的迁移或批量删除过了一个周末才被发现，就已经没有干净的恢复点了，因此至少保留一周。',
  messages: {
    notSet: '{cluster} 未设置 {property}，因此备份只保留 {days} 天（默认值）',
    oneDay: '{cluster} 的 {property} 为 {days} 天，低于 {minimum} 天',
    short: '{cluster} 的 {property} 为 {days} 天，低于 {minimum} 天',
  },
  fixNotes: {
    'days, 1-35': '天数，1-35',
  },
  checkedAgainst: 'fffb792c3a343f6e',
});
