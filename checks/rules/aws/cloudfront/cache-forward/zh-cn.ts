/** AWS-CLOUDFRONT-CACHE-FORWARD in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudFront 缓存行为不转发全部标头',
  problem: 'CloudFront 缓存行为转发全部标头，因此不缓存任何内容',
  rationale:
    '旧式的 ForwardedValues 设置转发全部标头（*）时，CloudFront 不会缓存该行为的响应，每个请求都要回源，查看器只能等待源站。缓存策略把缓存键限制在源站真正据以区分响应的内容上；而 AllViewer 这类源请求策略仍可以把所有标头传给源站，却不把它们放进缓存键。',
  messages: {
    allHeaders: '分配 {distribution} 的{behavior}中 {property} 转发全部标头（`*`），因此 CloudFront 不缓存它的任何响应',
  },
  fixNotes: {
    'CachingOptimized, instead of ForwardedValues': 'CachingOptimized，代替 ForwardedValues',
    'CachingOptimized, instead of forwarded_values': 'CachingOptimized，代替 forwarded_values',
    'AllViewer: headers still reach the origin': 'AllViewer：标头仍会传到源站',
  },
  checkedAgainst: '15beb23539866ce5',
});
