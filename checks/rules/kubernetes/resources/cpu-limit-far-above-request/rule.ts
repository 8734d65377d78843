import { defineRule } from '../../../rule.ts';

/** How far a limit may exceed its request before the node is promised more CPU than it has. */
const maxRatio = 4;

/** 1m: the API server refuses a finer CPU quantity. */
const minCores = 0.001;

const millicores = (cores: number) => `${Math.round(cores * 1000)}m`;

export default defineRule({
  id: 'K8S-CPU-LIMIT-FAR-ABOVE-REQUEST',
  title: 'CPU limits stay within four times the CPU request',
  problem: 'CPU limit is more than four times the CPU request',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'Pods are placed by their requests but may burst up to their limits, so a limit far above the request promises CPU the node was never sized for. Either the nodes are kept larger than the requests say to absorb the bursts, or neighbours are throttled when several burst at once; a request close to real use and a limit near it keep both cost and latency predictable.',
  guide: 'kubernetes-bin-packing',
  reads: ['workload'],
  messages: {
    ratio: 'container {container} has a CPU limit of {limit}, {ratio} times its request of {request}',
  },
  fix: {
    kubernetes: `containers:
  - name: web
    resources:
      requests:
        cpu: 500m   # what it uses under normal load
      limits:
        cpu: "1"    # at most four times the request`,
  },
  equivalents: { kics: ['9d43040e-e703-4e16-8bfe-8d4da10fa7e6'], kube_score: ['container-cpu-requests-equal-limits'] },

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        const { cpuLimit, cpuRequest } = container;
        // A zero request has no ratio; K8S-NO-RESOURCE-REQUESTS is about missing requests.
        if (cpuLimit?.state !== 'known' || cpuRequest?.state !== 'known' || cpuRequest.value <= 0) continue;
        // Kubernetes has no CPU unit finer than 1m, and a ratio past any float is no number to print.
        const request = Math.max(cpuRequest.value, minCores);
        const ratio = cpuLimit.value / request;
        if (ratio > maxRatio && Number.isFinite(ratio))
          report(workload, cpuLimit.at, 'ratio', { container: container.name, limit: millicores(cpuLimit.value), request: millicores(request), ratio: Math.round(ratio * 10) / 10 });
      }
  },
});
