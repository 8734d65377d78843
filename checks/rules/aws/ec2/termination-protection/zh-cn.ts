/** AWS-EC2-TERMINATION-PROTECTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '独立 EC2 实例开启终止保护',
  problem: '一次 API 调用就能终止独立 EC2 实例',
  rationale:
    '没有 Auto Scaling 组替换的实例，只要控制台、脚本或输错 ID 发出一次 TerminateInstances 调用，就会连同实例存储数据以及设为随实例终止而删除的卷一起消失。DisableApiTermination 会让这类调用失败，直到有人有意关闭该标志；它不能阻止设为终止的关机操作，Spot 实例也无法使用它。',
  messages: {
    notSet: '{instance} 未设置 {property}，因此一次 API 调用就能终止它（默认值为 `false`）',
    off: '{instance} 的 {property} 为 `false`',
  },
  fixNotes: {},
  checkedAgainst: '898ea8cda1c9f16b',
});
