/** AWS-CLOUDFRONT-ORIGIN-TLS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudFront 通过 TLS 1.2 的 HTTPS 连接自定义源',
  problem: 'CloudFront 可能通过明文 HTTP 或过时的 TLS 版本连接自定义源',
  rationale:
    'CloudFront 与自定义源之间的流量要经过互联网。源协议策略为 http-only，或者为 match-viewer 而某个行为仍接受 HTTP 查看器时，即使查看器看到的是 HTTPS，这一段的请求和响应也以明文传输。源 SSL 协议是 CloudFront 向源提供的协议版本；SSLv3、TLS 1.0 和 1.1 均已弃用，不应出现在其中。',
  messages: {
    httpOnly: '分配 {distribution} 的源 {origin} 的 {property} 为 `http-only`',
    matchViewer: '分配 {distribution} 的源 {origin} 的 {property} 为 `match-viewer`，而{behavior}接受 HTTP 查看器',
    oldProtocols: '分配 {distribution} 的源 {origin} 的 {property} 包含 {protocols}',
  },
  fixNotes: {},
  checkedAgainst: 'c8f2258ea8a36f66',
});
