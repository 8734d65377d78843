/** AWS-CLOUDFRONT-COMPRESSION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudFront 缓存行为压缩响应',
  problem: 'CloudFront 缓存行为不压缩响应',
  rationale:
    'CloudFront 可以在边缘站点用 gzip 或 Brotli 压缩文本响应，HTML、CSS、JavaScript 和 JSON 往往能缩小到原来的四分之一：页面加载更快，计费的数据传输量也更少。除非缓存行为把 Compress 设为 true，否则不会压缩（如果使用缓存策略，该策略还必须接受 gzip 和 Brotli 编码）。',
  messages: {
    notSet: '分配 {distribution} 的{behavior}未设置 {property}，因此 CloudFront 不会压缩响应',
    off: '分配 {distribution} 的{behavior}中 {property} 为 `false`',
  },
  fixNotes: {
    'The managed CachingOptimized policy accepts gzip and Brotli.': '托管的 CachingOptimized 策略接受 gzip 和 Brotli。',
  },
  checkedAgainst: '183ea28ae2eb4c58',
});
