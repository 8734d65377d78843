/** AWS-KMS-KEY-POLICY-WILDCARD in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'KMS 密钥策略没有向所有 AWS 账户开放密钥',
  problem: 'KMS 密钥策略允许所有人使用或管理该密钥',
  rationale:
    '密钥策略是控制 KMS 密钥的首要手段：主体为 "*" 的语句适用于所有 AWS 账户中的主体，任何能通过 ARN 访问到该密钥的人都可以用它解密数据；如果授予的是 kms:*，还能修改密钥策略。默认密钥策略只授予账户本身（arn:aws:iam::ACCOUNT:root）；针对 "*" 的语句需要加上 kms:CallerAccount 或 aws:PrincipalOrgID 之类的条件。',
  messages: {
    allows: '{key} 的密钥策略向所有人（{principal}）授予 {actions}，且没有限定调用方账户、组织或服务的条件',
    allowsComputed: '{key} 的密钥策略向所有人（{principal}）授予部署时才确定的操作，且没有限定调用方账户、组织或服务的条件',
  },
  fixNotes: {
    'not "*"': '不要写 "*"',
  },
  checkedAgainst: '9a49e10f0aa17d09',
});
