/** K8S-SINGLE-REPLICA in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes 服务至少运行两个副本',
  problem: 'Kubernetes 工作负载只运行一个副本',
  rationale:
    '只有一个副本时，每次节点排空、节点升级、驱逐或崩溃都会让应用停止，直到新的 Pod 被调度、拉取镜像并就绪为止。有两个或更多副本，一个 Pod 停下时其余的仍在提供服务。工作负载由自动扩缩器管理时，下限由它的 minReplicas 决定，而不是 replicas。',
  messages: {
    one: '{kind} {name} 把 `replicas` 设为 1',
    notSet: '{kind} {name} 未设置 `replicas`，因此只运行一个 Pod',
    autoscalerOne: '{kind} {name} 由 HorizontalPodAutoscaler {autoscaler} 扩缩，其 `minReplicas` 为 1',
    autoscalerNotSet: '{kind} {name} 由 HorizontalPodAutoscaler {autoscaler} 扩缩，该扩缩器未设置 `minReplicas`，因此可能缩到只剩一个 Pod',
  },
  fixNotes: {
    'or an autoscaler whose minReplicas is 2 or more': '或使用 minReplicas 不小于 2 的自动扩缩器',
  },
  checkedAgainst: 'd3496b2cb0c3ec34',
});
