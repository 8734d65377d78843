/** AWS-IAM-PRIVILEGE-ESCALATION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'IAM 策略不让主体提升自己的权限',
  problem: 'IAM 策略允许主体提升自己的权限',
  rationale:
    '有些 IAM 操作一旦在所有资源上放行，就等同于管理员权限：持有者可以给自己附加策略、为自己使用的策略发布新的默认版本、为其他用户创建访问密钥或控制台密码，或者把管理员角色交给自己启动的 EC2 实例或 Lambda 函数。这些提权路径早已公开，凭据泄露后往往最先被尝试。请把这类操作限定在确实要管理的用户、角色和策略上，或者用权限边界条件加以约束。',
  messages: {
    escalation: '{holder} 的一个策略允许对 {resource} 执行 {actions}，持有者可以借此给自己授予更多权限',
    passRole: '{holder} 的一个策略允许对 {resource} 执行 {passRole}，同时允许 {launch}，持有者可以借此以账户中任意角色的身份运行代码',
  },
  fixNotes: {
    'only the role this pipeline manages, not "*"': '只授予这条流水线管理的角色，不要用 "*"',
    'one role, not every role': '只授予一个角色，而不是所有角色',
  },
  checkedAgainst: 'ac5f778bf9910eab',
});
