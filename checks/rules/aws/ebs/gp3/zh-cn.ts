/** AWS-EBS-GP3 in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EBS 卷使用 gp3 而不是 gp2',
  problem: 'EBS 卷使用 gp2 而不是 gp3',
  rationale: 'gp3 每 GiB 的价格比 gp2 低约 20%，而且不论卷大小都提供 3,000 IOPS 和 125 MiB/s 的基准性能；gp2 的性能则与卷大小绑定。已有的卷可以通过弹性卷（Elastic Volumes）原地改为 gp3，无需停机。',
  messages: {
    notSet: '{volume} 未设置 {property}，因此会创建为 `gp2`；请改用 `gp3`',
    gp2: '{volume} 使用 `gp2`；`gp3` 每 GiB 更便宜，并且自带 3,000 IOPS 的基准性能',
  },
  fixNotes: {
    'optional, 3000 is the included baseline': '可选，3000 是已包含在价格中的基准值',
    'optional, MiB/s': '可选，单位为 MiB/s',
  },
  checkedAgainst: 'fcde2f07cc87550b',
});
