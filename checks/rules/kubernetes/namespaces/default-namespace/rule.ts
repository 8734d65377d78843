import type { Place, ResourceBase } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { kubernetesWorkloads } from '../../workloads.ts';

interface InNamespace {
  object: ResourceBase;
  namespace: string;
  written: boolean;
  at: Place;
}

export default defineRule({
  id: 'K8S-DEFAULT-NAMESPACE',
  title: 'Kubernetes applications run in a namespace of their own',
  problem: 'Kubernetes object is in the default namespace',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'The default namespace holds everything that does not choose another, so access rules, network policies, quotas and limit ranges written for one application there apply to all the others too. A namespace per application gives each its own boundary for access, quotas and clean-up. An object without a namespace lands wherever it is applied, which is default unless the command names another.',
  guide: 'kubernetes-access-control',
  reads: ['workload', 'k8s.service', 'k8s.ingress', 'k8s.role'],
  messages: {
    notSet: '{kind} {name} sets no `namespace`, so it goes to the one it is applied in: `default` unless another is given',
    inDefault: '{kind} {name} is in namespace `default`',
  },
  fix: {
    kubernetes: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop   # a namespace of the application's own`,
  },
  equivalents: {
    checkov: ['CKV_K8S_21'],
    trivy: ['AVD-KSV-0110'],
    kics: ['611ab018-c4aa-4ba2-b0f6-a448337509a6'],
    kube_linter: ['use-namespace'],
  },

  check(model, report) {
    const objects: InNamespace[] = [];
    for (const workload of kubernetesWorkloads(model))
      if (workload.namespaceAt !== undefined) objects.push({ object: workload, namespace: workload.namespace, written: workload.namespaceWritten === true, at: workload.namespaceAt });
    for (const object of [...model.of('k8s.service'), ...model.of('k8s.ingress')]) objects.push({ object, namespace: object.namespace, written: object.namespaceWritten, at: object.namespaceAt });
    for (const role of model.of('k8s.role'))
      if (role.namespace !== undefined && role.namespaceAt !== undefined) objects.push({ object: role, namespace: role.namespace, written: role.namespaceWritten, at: role.namespaceAt });
    for (const { object, namespace, written, at } of objects) {
      if (namespace !== 'default') continue;
      report(object, at, written ? 'inDefault' : 'notSet', { kind: object.sourceType, name: object.name });
    }
  },
});
