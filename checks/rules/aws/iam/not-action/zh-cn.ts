/** AWS-IAM-NOT-ACTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'IAM 策略放行列出的操作和资源，而不是“除某些之外的全部”',
  problem: 'IAM 策略用 NotAction 或 NotResource 放行',
  rationale:
    '带 NotAction 的 Allow 语句会放行除所列操作之外的全部操作，包括 AWS 日后推出的新服务的操作；NotResource 同样会放行除所列资源之外的全部资源。这类语句的实际范围远比字面看上去宽，而且会自行扩大。请只在 Deny 语句中使用它们，Allow 语句则用 Action 和 Resource 列表来写。',
  messages: {
    notAction: '{holder} 的一个策略允许除其所列操作之外的全部操作',
    notResource: '{holder} 的一个策略允许访问除其所列资源之外的全部资源',
  },
  fixNotes: {
    'list what is allowed instead of NotAction': '列出允许的操作，而不是使用 NotAction',
    'list what is allowed instead of not_actions': '列出允许的操作，而不是使用 not_actions',
  },
  checkedAgainst: '188bf739954bdbcc',
});
