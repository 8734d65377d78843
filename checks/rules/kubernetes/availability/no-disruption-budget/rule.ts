import { selects } from '../../../../model/kubernetes.ts';
import { defineRule } from '../../../rule.ts';
import { kubernetesWorkloads, replicaFloor } from '../../workloads.ts';

export default defineRule({
  id: 'K8S-NO-DISRUPTION-BUDGET',
  title: 'Replicated Kubernetes workloads have a PodDisruptionBudget',
  problem: 'Replicated Kubernetes workload has no PodDisruptionBudget',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'A node drain (an upgrade, a scale-in of the node pool, maintenance) evicts pods without asking how many of a workload are still running, so it can take every replica at once. A PodDisruptionBudget tells the eviction API how many must stay available, and drains wait for replacements to be ready before taking more.',
  guide: 'kubernetes-workload-resilience',
  reads: ['workload', 'k8s.pdb', 'k8s.hpa'],
  messages: {
    noBudget: '{kind} {name} runs at least {count} replicas, but no PodDisruptionBudget in this file selects its pods',
  },
  fix: {
    kubernetes: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
  namespace: shop
spec:
  maxUnavailable: 1   # drains take one pod at a time
  selector:
    matchLabels:
      app: web        # the labels of the workload's pod template`,
  },
  equivalents: {
    kics: ['b23e9b98-0cb6-4fc9-b257-1f3270442678', '1db3a5a5-bf75-44e5-9e44-c56cfc8b1ac5'],
    kube_score: ['deployment-has-poddisruptionbudget', 'statefulset-has-poddisruptionbudget'],
    polaris: ['missingPodDisruptionBudget'],
  },

  check(model, report) {
    for (const workload of kubernetesWorkloads(model)) {
      const floor = replicaFloor(model, workload);
      if (floor === undefined || floor.count < 2) continue;
      const verdicts = model
        .of('k8s.pdb')
        .filter((budget) => budget.namespace === workload.namespace)
        .map((budget) => selects(budget.selector, workload.podLabels));
      // A budget with matchExpressions may well cover it.
      if (verdicts.some((verdict) => verdict !== false)) continue;
      report(workload, workload.at, 'noBudget', { kind: workload.controller, name: workload.name, count: floor.count });
    }
  },
});
