/** AWS-ELB-CLASSIC-CROSS-ZONE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Classic Load Balancer 跨可用区分配请求',
  problem: 'Classic Load Balancer 未跨可用区进行负载均衡',
  rationale:
    '未开启跨可用区负载均衡时，每个负载均衡器节点只把请求发给自己所在可用区的实例；健康实例较少的可用区仍分到与其他可用区相同的流量，实例出故障时就可能过载。API 和 CloudFormation 在 CrossZone 不为 true 时都不开启它；Terraform provider 则默认开启。',
  messages: {
    notSet: 'Classic 负载均衡器 {loadBalancer} 未设置 {property}，因此跨可用区负载均衡处于关闭状态（默认值为 `false`）',
    off: 'Classic 负载均衡器 {loadBalancer} 的 {property} 为 `false`',
  },
  fixNotes: {
    'the provider default': 'provider 的默认值',
  },
  checkedAgainst: '42d681c9b07c5763',
});
