import { defineRule } from '../../../rule.ts';
import { kubernetesWorkloads, replicaFloor } from '../../workloads.ts';

export default defineRule({
  id: 'K8S-SINGLE-REPLICA',
  title: 'Kubernetes services run at least two replicas',
  problem: 'Kubernetes workload runs a single replica',
  pillar: 'reliability',
  severity: 'high',
  rationale:
    'With one replica, every node drain, node upgrade, eviction or crash stops the application until a new pod is scheduled, pulls its image and becomes ready. Two or more replicas let one pod stop while the others keep serving. When an autoscaler manages the workload, its minReplicas sets the floor, not replicas.',
  guide: 'kubernetes-workload-resilience',
  reads: ['workload', 'k8s.hpa'],
  messages: {
    one: '{kind} {name} sets `replicas` to 1',
    notSet: '{kind} {name} sets no `replicas`, so it runs one pod',
    autoscalerOne: '{kind} {name} is scaled by HorizontalPodAutoscaler {autoscaler}, whose `minReplicas` is 1',
    autoscalerNotSet: '{kind} {name} is scaled by HorizontalPodAutoscaler {autoscaler}, which sets no `minReplicas`, so it may scale down to one pod',
  },
  fix: {
    kubernetes: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 3   # or an autoscaler whose minReplicas is 2 or more`,
  },
  equivalents: {
    kube_linter: ['minimum-three-replicas'],
    kube_score: ['deployment-replicas'],
    polaris: ['deploymentMissingReplicas'],
  },

  check(model, report) {
    for (const workload of kubernetesWorkloads(model)) {
      const floor = replicaFloor(model, workload);
      // Zero is a workload scaled down on purpose, not one left fragile.
      if (floor === undefined || floor.count >= 2 || floor.count < 1) continue;
      const params = { kind: workload.controller, name: workload.name };
      const written = (floor.autoscaler ? floor.autoscaler.minReplicas : workload.replicas)?.state === 'known';
      if (floor.autoscaler) report(workload, floor.at, written ? 'autoscalerOne' : 'autoscalerNotSet', { ...params, autoscaler: floor.autoscaler.name });
      else report(workload, floor.at, written ? 'one' : 'notSet', params);
    }
  },
});
