/** K8S-NO-SPREAD in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes 副本分散在不同节点和可用区',
  problem: 'Kubernetes 副本可能全部被调度到同一个节点',
  rationale:
    '调度器倾向于分散同一工作负载的 Pod，但并不保证：集群繁忙时，所有副本可能落在同一个节点或同一个可用区，该节点或可用区出故障就会全部失去。拓扑分布约束（或 Pod 反亲和性）把分散变成调度器必须遵守的要求，副本因此能扛过一个节点或可用区的失效。',
  messages: {
    notSpread: '{kind} {name} 至少运行 {count} 个副本，但既未设置 `topologySpreadConstraints`，也未设置 `podAntiAffinity`',
  },
  fixNotes: {
    'or kubernetes.io/hostname for nodes': '按节点分散则用 kubernetes.io/hostname',
  },
  checkedAgainst: '5ede1d6b7724240d',
});
