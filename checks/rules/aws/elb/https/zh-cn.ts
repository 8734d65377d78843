/** AWS-ELB-HTTPS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '负载均衡器的 HTTP 侦听器把所有请求重定向到 HTTPS',
  problem: '负载均衡器的 HTTP 侦听器直接提供明文 HTTP，而不是重定向到 HTTPS',
  rationale:
    '以明文 HTTP 响应的侦听器，会让请求、Cookie 和响应在网络上以未加密形式传输，路径上的任何人都能读取或篡改。Application Load Balancer 可以在 80 端口上改为返回指向 HTTPS 的重定向；Classic Load Balancer 无法重定向，因此应把它的 HTTP 侦听器换成 HTTPS 侦听器。',
  messages: {
    plainHttp: '{listener}：{where}直接提供明文 HTTP，而不是把每个请求重定向到 HTTPS',
  },
  fixNotes: {},
  checkedAgainst: '059899c3aa19be30',
});
