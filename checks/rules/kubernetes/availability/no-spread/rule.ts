import { defineRule } from '../../../rule.ts';
import { kubernetesWorkloads, replicaFloor } from '../../workloads.ts';

export default defineRule({
  id: 'K8S-NO-SPREAD',
  title: 'Kubernetes replicas are spread across nodes and zones',
  problem: 'Kubernetes replicas may all be scheduled on one node',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    "The scheduler prefers to spread a workload's pods but does not promise it: with a busy cluster, every replica can land on one node or in one zone, and that node or zone failing takes them all. Topology spread constraints (or pod anti-affinity) make spreading a requirement the scheduler honours, so replicas survive the loss of one node or zone.",
  guide: 'kubernetes-workload-resilience',
  reads: ['workload', 'k8s.hpa'],
  messages: {
    notSpread: '{kind} {name} runs at least {count} replicas and sets neither `topologySpreadConstraints` nor `podAntiAffinity`',
  },
  fix: {
    kubernetes: `spec:
  template:
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone   # or kubernetes.io/hostname for nodes
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              app: web`,
  },
  equivalents: {
    kics: ['a31b7b82-d994-48c4-bd21-3bab6c31827a'],
    kube_linter: ['no-anti-affinity'],
    kube_score: ['deployment-has-host-podantiaffinity', 'statefulset-has-host-podantiaffinity'],
    polaris: ['topologySpreadConstraint'],
  },

  check(model, report) {
    for (const workload of kubernetesWorkloads(model)) {
      const floor = replicaFloor(model, workload);
      const spreading = workload.spreading;
      if (floor === undefined || floor.count < 2 || spreading === undefined || spreading.state !== 'absent') continue;
      report(workload, spreading.at, 'notSpread', { kind: workload.controller, name: workload.name, count: floor.count });
    }
  },
});
