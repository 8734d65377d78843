/** AWS-OPENSEARCH-HTTPS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'OpenSearch 域强制使用 HTTPS，且 TLS 不低于 1.2',
  problem: 'OpenSearch 域接受明文 HTTP 或低于 1.2 的 TLS',
  rationale:
    '除非开启 EnforceHTTPS，域的终端节点也会响应明文 HTTP，配置有误的客户端发送的查询、文档和凭据都会以明文在网络上传输。默认的 TLS 安全策略仍接受 TLS 1.0 和 1.1；改用 Policy-Min-TLS-1-2 系列策略可将客户端限定为 TLS 1.2 及以上，当前的客户端和 SDK 都支持。',
  messages: {
    httpsNotSet: '{domain} 未设置 {property}，因此也会响应明文 HTTP（默认值为 `false`）',
    httpsOff: '{domain} 的 {property} 为 `false`，因此也会响应明文 HTTP',
    tlsNotSet: '{domain} 未设置 {property}，因此接受 TLS 1.0 和 1.1（默认值为 {policy}）',
    tlsOld: '{domain} 的 {property} 为 {policy}，接受 TLS 1.0 和 1.1',
  },
  fixNotes: {},
  checkedAgainst: 'c5cc5a11a8e44427',
});
