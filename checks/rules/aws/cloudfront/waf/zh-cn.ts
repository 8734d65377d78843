/** AWS-CLOUDFRONT-WAF in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudFront 分配受 AWS WAF Web ACL 保护',
  problem: 'CloudFront 分配没有 AWS WAF Web ACL',
  rationale:
    '分配是其背后所有服务的公共入口；没有 Web ACL 时，每个请求（包括漏洞探测、撞库和请求洪泛）都会到达缓存和源站。带有 AWS 托管规则组和基于速率的规则的 Web ACL 可以在边缘过滤这些请求，而且只有分配的 WebACLId 能挂载 Web ACL（关联资源不适用于 CloudFront）。',
  messages: {
    notSet: '分配 {distribution} 未设置 {property}，因此没有 Web ACL 检查它的请求',
  },
  fixNotes: {
    'create the stack in us-east-1': '在 us-east-1 中创建该堆栈',
    'CLOUDFRONT scope lives in us-east-1': 'CLOUDFRONT 范围的 Web ACL 位于 us-east-1',
    'default_action, rules with managed rule groups, visibility_config ...': 'default_action、使用托管规则组的规则、visibility_config ...',
  },
  checkedAgainst: 'a90d5f772ea9e469',
});
