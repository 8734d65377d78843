/** K8S-NO-DISRUPTION-BUDGET in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '多副本的 Kubernetes 工作负载配有 PodDisruptionBudget',
  problem: '多副本的 Kubernetes 工作负载没有 PodDisruptionBudget',
  rationale:
    '排空节点（升级、节点池缩容、维护）时驱逐 Pod 并不会先看工作负载还剩几个副本在运行，因此可能一次带走全部副本。PodDisruptionBudget 告诉驱逐 API 至少要保留多少个可用，排空会等替代的 Pod 就绪后再继续驱逐。',
  messages: {
    noBudget: '{kind} {name} 至少运行 {count} 个副本，但本文件中没有选中其 Pod 的 PodDisruptionBudget',
  },
  fixNotes: {
    'drains take one pod at a time': '排空时一次只驱逐一个 Pod',
    "the labels of the workload's pod template": '工作负载 Pod 模板的标签',
  },
  checkedAgainst: 'e1390aec0cb4c992',
});
