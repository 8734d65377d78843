/** AWS-RDS-STORAGE-GP3 in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 实例使用 gp3 而不是 gp2 存储',
  problem: 'RDS 实例使用 gp2 而不是 gp3 存储',
  rationale:
    '在 RDS 上，gp3 每 GB 的价格与 gp2 相同，但不论容量大小都包含 3,000 IOPS 和 125 MiB/s 的基准性能（大多数引擎在超过 400 GiB 后还会更高），额外的 IOPS 也可以单独购买。gp2 的 IOPS 只随容量增长（每 GiB 3 IOPS），数据库常常只是为了吞吐量而超额分配存储；迁移到 gp3 可以在线完成。',
  messages: {
    gp2: '数据库实例 {instance} 的 {property} 为 `gp2`',
  },
  fixNotes: {
    'size for the data, not for IOPS': '按数据量定大小，不必为了 IOPS 加大',
  },
  checkedAgainst: '3595366b6c97249d',
});
