/** AWS-ASG-NOTIFICATIONS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Auto Scaling 组在启动失败时通知相关人员',
  problem: 'Auto Scaling 组未发送任何扩缩通知',
  rationale:
    '无法启动实例的 Auto Scaling 组（AMI 已删除、容量不足、触及配额）会悄无声息地反复重试，而服务的容量一直不足。通知配置会把启动和终止事件（包括失败）发送到 SNS 主题；针对 EC2 Auto Scaling 事件的 EventBridge 规则也能起到同样作用，而本检查看不到这类规则，因此严重性为低。',
  messages: {
    none: 'Auto Scaling 组 {group} 没有 {property}，除非有 EventBridge 规则在监视，否则启动失败不会通知到任何人',
  },
  fixNotes: {},
  checkedAgainst: '1ca60b89a755a96e',
});
