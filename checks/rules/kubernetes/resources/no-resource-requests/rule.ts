import type { Attr } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';

/** Kubernetes takes a limit as the request when no request is written, so either one gives the scheduler a size. */
const sized = (request: Attr<number>, limit: Attr<number> | undefined) => request.state !== 'absent' || (limit !== undefined && limit.state !== 'absent');

export default defineRule({
  id: 'K8S-NO-RESOURCE-REQUESTS',
  title: 'Containers request the CPU and memory they need',
  problem: 'Container requests no CPU or no memory',
  pillar: 'sustainability',
  severity: 'medium',
  rationale:
    'The scheduler places pods by their requests: a container that requests nothing is counted as needing nothing, so nodes are either packed until they run short under load or, to stay safe, kept larger and emptier than the work needs. Requests close to real use let the cluster run on fewer, fuller nodes and give the container a guaranteed share when the node is busy.',
  guide: 'kubernetes-bin-packing',
  reads: ['workload'],
  messages: {
    missing: 'container {container} requests no {resources}, so the scheduler counts it as needing none',
  },
  fix: {
    kubernetes: `containers:
  - name: web
    resources:
      requests:
        cpu: 250m      # about what it uses under normal load
        memory: 256Mi`,
  },
  equivalents: {
    checkov: ['CKV_K8S_10', 'CKV_K8S_12'],
    trivy: ['AVD-KSV-0015', 'AVD-KSV-0016'],
    kics: ['ca469dd4-c736-448f-8ac1-30a642705e0a', '229588ef-8fde-40c8-8756-f4f2b5825ded'],
    kube_linter: ['unset-cpu-requirements', 'unset-memory-requirements'],
    kube_score: ['container-resources'],
    polaris: ['cpuRequestsMissing', 'memoryRequestsMissing'],
  },

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        const { cpuRequest, memoryRequest } = container;
        if (cpuRequest === undefined || memoryRequest === undefined) continue;
        const missing = [
          ...(sized(cpuRequest, container.cpuLimit) ? [] : [{ resource: 'cpu', at: cpuRequest.at }]),
          ...(sized(memoryRequest, container.memoryLimit) ? [] : [{ resource: 'memory', at: memoryRequest.at }]),
        ];
        if (missing[0]) report(workload, missing[0].at, 'missing', { container: container.name, resources: missing.map(({ resource }) => resource) });
      }
  },
});
