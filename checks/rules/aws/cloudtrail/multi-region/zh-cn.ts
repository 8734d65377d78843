/** AWS-CLOUDTRAIL-MULTI-REGION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudTrail 跟踪记录所有区域的活动',
  problem: 'CloudTrail 跟踪只记录一个区域的活动',
  rationale:
    '单区域跟踪对其他区域发生的事情一概不记录，而攻击者拿到被盗凭据后，往往正是在这些区域悄悄启动资源。多区域跟踪还会记录全局服务事件，并自动覆盖日后才启用的区域。除非 IsMultiRegionTrail 为 true，否则跟踪都是单区域的。',
  messages: {
    notSet: '跟踪 {trail} 未设置 {property}（默认只记录单个区域），因此不会记录其他区域中的活动',
    off: '跟踪 {trail} 的 {property} 为 `false`，因此不会记录其他区域中的活动',
  },
  fixNotes: {},
  checkedAgainst: '3fae3e9a9d2a0fc2',
});
