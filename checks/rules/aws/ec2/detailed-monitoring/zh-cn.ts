/** AWS-EC2-DETAILED-MONITORING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EC2 实例和启动模板开启详细监控',
  problem: 'EC2 实例或启动模板使用基本（5 分钟）监控',
  rationale:
    '在基本监控下，EC2 每五分钟才发布一次实例指标，因此警报和目标跟踪扩缩最多要晚五分钟才能看到 CPU 峰值，而且峰值会被平均掉。详细监控以每分钟一次的频率发送同样的指标，按指标收取少量费用。启动配置默认开启详细监控，实例和启动模板则不会。',
  messages: {
    notSet: '{launcher} 未设置 {setting}，因此其指标每 5 分钟才到达一次（默认值为 `false`）',
    off: '{launcher} 的 {setting} 为 `false`，因此其指标每 5 分钟才到达一次',
  },
  fixNotes: {
    'AWS::EC2::Instance: Monitoring: true': 'AWS::EC2::Instance 使用 Monitoring: true',
    'aws_instance: monitoring = true': 'aws_instance 使用 monitoring = true',
  },
  checkedAgainst: '6469d523f08cf22c',
});
