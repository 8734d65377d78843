import type { Workload } from '../../../../model/workload.ts';
import { defineRule } from '../../../rule.ts';
import { autoscalerOf, selectedWorkloads } from '../../workloads.ts';
import type { Model } from '../../../../model/model.ts';

/** The pods a workload runs right now as written; `undefined` when an autoscaler or the deploy step decides. */
function exactReplicas(model: Model, workload: Workload): number | undefined {
  const replicas = workload.replicas;
  if (replicas === undefined || replicas.state === 'unknown' || autoscalerOf(model, workload)) return undefined;
  return replicas.state === 'known' ? replicas.value : 1;
}

/** A whole number of pods as written (`2`), not a percentage. */
const count = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : undefined);

export default defineRule({
  id: 'K8S-DISRUPTION-BUDGET-BLOCKS-EVICTION',
  title: 'Kubernetes disruption budgets let at least one pod be evicted',
  problem: 'Kubernetes PodDisruptionBudget allows no pod to be evicted',
  pillar: 'reliability',
  severity: 'high',
  rationale:
    'A PodDisruptionBudget that allows no disruption makes every eviction fail: node drains hang, node pool upgrades stall or are forced after a timeout, and the cluster autoscaler cannot remove the node. The workload is no safer for it, since a node failure still takes its pods. Allow at least one pod to go at a time, and run enough replicas that this keeps the service up.',
  guide: 'kubernetes-workload-resilience',
  reads: ['k8s.pdb', 'workload', 'k8s.hpa'],
  messages: {
    noneUnavailable: 'PodDisruptionBudget {budget} sets `maxUnavailable` to {value}, so no pod it selects may be evicted',
    allAvailable: 'PodDisruptionBudget {budget} sets `minAvailable` to {value}, so no pod it selects may be evicted',
    everyPod: 'PodDisruptionBudget {budget} sets `minAvailable` to {value}, and the workloads it selects run {pods} pods, so none may be evicted',
  },
  fix: {
    kubernetes: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
  namespace: shop
spec:
  maxUnavailable: 1   # or minAvailable below the replica count
  selector:
    matchLabels:
      app: web`,
  },
  equivalents: {
    kube_linter: ['pdb-max-unavailable', 'pdb-min-available'],
    polaris: ['pdbDisruptionsIsZero'],
  },

  check(model, report) {
    for (const budget of model.of('k8s.pdb')) {
      const { maxUnavailable, minAvailable } = budget;
      if (maxUnavailable.state === 'known' && ['0', '0%'].includes(maxUnavailable.value.trim())) {
        report(budget, maxUnavailable.at, 'noneUnavailable', { budget: budget.name, value: maxUnavailable.value });
        continue;
      }
      if (minAvailable.state !== 'known') continue;
      if (minAvailable.value.trim() === '100%') {
        report(budget, minAvailable.at, 'allAvailable', { budget: budget.name, value: minAvailable.value });
        continue;
      }
      const wanted = count(minAvailable.value);
      const selected = selectedWorkloads(model, budget.namespace, budget.selector);
      if (wanted === undefined || selected === undefined || selected.length === 0) continue;
      // The budget counts the pods of everything it selects together.
      const replicas = selected.map((workload) => exactReplicas(model, workload));
      if (replicas.some((value) => value === undefined)) continue;
      const pods = replicas.reduce<number>((sum, value) => sum + value!, 0);
      if (pods > 0 && wanted >= pods) report(budget, minAvailable.at, 'everyPod', { budget: budget.name, value: minAvailable.value, pods });
    }
  },
});
