/** AWS-ASG-SCALING-POLICY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '有扩容余地的 Auto Scaling 组配置了扩缩策略或计划',
  problem: '有扩容余地的 Auto Scaling 组没有扩缩策略或计划',
  rationale: '有扩容空间却没有扩缩策略或计划操作的组，会全天候以期望容量运行，而这个容量是按峰值负载定的。目标跟踪策略或计划能让运行中的实例数量随需求变化，减少闲置容量、能耗和成本。',
  messages: {
    noPolicy: 'Auto Scaling 组 {group} 最多可以扩展到 {max} 个实例，但没有任何扩缩策略或计划操作来调整容量',
  },
  fixNotes: {},
  checkedAgainst: 'ae2e55b3dd812f01',
});
