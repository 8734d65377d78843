/** AWS-CLOUDFRONT-HTTPS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudFront 缓存行为要求查看器与 CloudFront 之间使用 HTTPS',
  problem: 'CloudFront 缓存行为允许查看器使用明文 HTTP',
  rationale:
    '查看器协议策略为 allow-all 时，只要查看器发起的是明文 HTTP 请求，CloudFront 就会用 HTTP 提供内容，页面、Cookie 和令牌都以未加密形式传输，途中可能被读取或篡改。redirect-to-https 会把这些查看器升级到 HTTPS；https-only 则直接拒绝它们。',
  messages: {
    allowAll: '分配 {distribution} 的{behavior}中 {property} 为 `allow-all`，因此查看器可以使用明文 HTTP',
  },
  fixNotes: {},
  checkedAgainst: '96b0740a5983026a',
});
