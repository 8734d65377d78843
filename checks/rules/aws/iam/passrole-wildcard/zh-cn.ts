/** AWS-IAM-PASSROLE-WILDCARD in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'IAM 策略只对指定角色允许 iam:PassRole',
  problem: 'IAM 策略允许对所有角色执行 iam:PassRole',
  rationale:
    'iam:PassRole 决定主体可以把哪些角色交给它所配置的服务，例如 EC2 实例配置文件、Lambda 函数或 ECS 任务。若在所有资源上放行，主体就能把账户中权限最大的角色挂到自己控制的计算资源上，并以该角色的权限行事。请写明可以传递的角色，并用 iam:PassedToService 条件限定接收角色的服务。',
  messages: {
    passAny: '{holder} 的一个策略允许对 {resource} 执行 {action}，因此可以把任意角色交给服务',
  },
  fixNotes: {
    'the role it hands over, not "*"': '只写要传递的角色，不要用 "*"',
  },
  checkedAgainst: '196f60f72fb0605a',
});
