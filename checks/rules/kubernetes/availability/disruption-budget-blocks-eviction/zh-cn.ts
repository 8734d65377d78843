/** K8S-DISRUPTION-BUDGET-BLOCKS-EVICTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes 中断预算至少允许驱逐一个 Pod',
  problem: 'Kubernetes PodDisruptionBudget 不允许驱逐任何 Pod',
  rationale:
    '不允许任何中断的 PodDisruptionBudget 会让每次驱逐都失败：节点排空卡住，节点池升级停滞或在超时后被强制执行，集群自动扩缩器也无法移除节点。工作负载并没有因此更安全，节点故障照样会带走它的 Pod。请允许一次至少驱逐一个 Pod，并运行足够的副本，使服务在此期间仍然可用。',
  messages: {
    noneUnavailable: 'PodDisruptionBudget {budget} 把 `maxUnavailable` 设为 {value}，它选中的 Pod 一个也不能被驱逐',
    allAvailable: 'PodDisruptionBudget {budget} 把 `minAvailable` 设为 {value}，它选中的 Pod 一个也不能被驱逐',
    everyPod: 'PodDisruptionBudget {budget} 把 `minAvailable` 设为 {value}，而它选中的工作负载共运行 {pods} 个 Pod，因此一个也不能被驱逐',
  },
  fixNotes: {
    'or minAvailable below the replica count': '或让 minAvailable 小于副本数',
  },
  checkedAgainst: 'f9b2fda315039010',
});
