/** AWS-IAM-TRUST-OPEN in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'IAM 角色的信任策略写明了谁可以代入该角色',
  problem: 'IAM 角色可被任意 AWS 账户或身份提供商签发的任意令牌代入',
  rationale:
    '信任策略的主体为 "*" 时，任何 AWS 账户中的主体都能调用 sts:AssumeRole 并获得该角色的权限，除非有 aws:PrincipalOrgID 或 sts:ExternalId 之类的条件加以限定。Web 身份信任如果没有 aud 或 sub 条件，就会接受该提供商签发的所有令牌；对 GitHub Actions 而言，这意味着 GitHub 上任意仓库的工作流都能代入。',
  messages: {
    everyone: '角色 {role} 的信任策略允许所有人（{principal}）代入，且没有限定账户、组织或主体的条件',
    githubNoSub: '角色 {role} 的信任策略信任 {provider} 的令牌，但没有用 {subKey} 条件限定仓库：任意仓库的工作流都能代入该角色',
    webIdentityUnbound: '角色 {role} 的信任策略信任 {provider} 的 Web 身份令牌，但没有 `aud` 或 `sub` 条件',
  },
  fixNotes: {
    'a named account, not "*"': '写明具体账户，而不是 "*"',
  },
  checkedAgainst: '903d9086e4e2a499',
});
