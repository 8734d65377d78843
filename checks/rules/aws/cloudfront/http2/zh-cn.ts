/** AWS-CLOUDFRONT-HTTP2 in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudFront 分配接受 HTTP/2',
  problem: 'CloudFront 分配不接受 HTTP/2',
  rationale:
    'HTTP/2 在一个连接上承载多个请求，并压缩标头，因此资源较多的页面比通过 HTTP/1.1 加载得更快。控制台和 API 默认启用 HTTP/2，但模板中省略 HttpVersion 时，CloudFormation 创建的分配使用的是 http1.1；http2and3 则在 HTTP/2 之外再启用 HTTP/3。',
  messages: {
    http11: '分配 {distribution} 只提供 HTTP/1.1（{property} 为 `http1.1`，这也是 CloudFormation 的默认值），因此查看器无法使用 HTTP/2',
    http11Chosen: '分配 {distribution} 只提供 HTTP/1.1（{property} 为 `http1.1`），因此查看器无法使用 HTTP/2',
  },
  fixNotes: {},
  checkedAgainst: 'b8448f56bc2f836e',
});
