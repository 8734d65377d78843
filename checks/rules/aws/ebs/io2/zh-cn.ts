/** AWS-EBS-IO2 in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '预置 IOPS 卷使用 io2 而不是 io1',
  problem: 'EBS 卷使用 io1 而不是 io2',
  rationale:
    'io2 卷（现在都是 io2 Block Express）每 GiB 的价格与 io1 相同，每个预置 IOPS 的价格相同或更低，却允许每 GiB 最多 1,000 IOPS、每个卷最多 256,000 IOPS，而 io1 止步于每 GiB 50 IOPS 和 64,000 IOPS；io2 的延迟也更低，耐久性为 99.999%，而不是 99.8%-99.9%。借助 Elastic Volumes，可以就地把卷改为 io2。启动配置不接受 io2，因此交由启动配置检查处理。',
  messages: {
    io1: '{volume} 使用 `io1`；`io2` 以相同或更低的价格提供更高的每 GiB IOPS 和更高的耐久性',
  },
  fixNotes: {},
  checkedAgainst: '6b243e13ec82b6e9',
});
