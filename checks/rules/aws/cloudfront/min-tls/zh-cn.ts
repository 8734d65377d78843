/** AWS-CLOUDFRONT-MIN-TLS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudFront 分配只接受 TLS 1.2 及以上版本和现代密码套件的查看器',
  problem: 'CloudFront 分配接受使用过时 TLS 版本或密码套件的查看器',
  rationale:
    '分配的安全策略决定查看器可以协商的最低协议版本和密码套件。使用默认的 *.cloudfront.net 证书时，CloudFront 始终采用 TLSv1；使用自定义证书但未设置 MinimumProtocolVersion 时同样是 TLSv1，而 TLS 1.0 和 1.1 均已弃用（RFC 8996）。TLSv1.2_2021 及更新的策略只保留 TLS 1.2 和 1.3，以及具备前向保密的 AEAD 密码套件。',
  messages: {
    defaultCertificate: '分配 {distribution} 使用默认的 CloudFront 证书（{property}）为查看器提供服务，其安全策略始终为 `TLSv1`',
    notSet: '分配 {distribution} 未设置 {property}，因此其自定义证书使用 `TLSv1`',
    weak: '分配 {distribution} 的 {property} 为 {policy}',
  },
  fixNotes: {
    'an ACM certificate in us-east-1': '位于 us-east-1 的 ACM 证书',
  },
  checkedAgainst: '1bf0a3beca2c07eb',
});
