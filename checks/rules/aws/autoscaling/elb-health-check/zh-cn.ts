/** AWS-ASG-ELB-HEALTH-CHECK in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '挂在负载均衡器后面的 Auto Scaling 组使用负载均衡器的健康检查',
  problem: '挂在负载均衡器后面的 Auto Scaling 组不使用负载均衡器的健康检查',
  rationale:
    '使用默认的 EC2 健康检查时，只有实例本身未通过状态检查，Auto Scaling 才会替换它；应用已经崩溃的实例，即便负载均衡器已将其标记为不健康，也会一直运行下去。把 HealthCheckType 设为 ELB 后，组会替换未通过负载均衡器健康检查的实例。',
  messages: {
    notSet: 'Auto Scaling 组 {group} 挂在负载均衡器后面，却未设置 {property}，因此只有 EC2 状态检查失败时才会替换实例',
    notElb: 'Auto Scaling 组 {group} 挂在负载均衡器后面，但 {property} 为 {type}；请改用 `ELB`',
  },
  fixNotes: {
    'seconds for the application to start': '留给应用程序启动的秒数',
  },
  checkedAgainst: '2df75da157e27c38',
});
