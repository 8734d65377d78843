import type { RbacSubject } from '../../../../model/kubernetes.ts';
import { defineRule } from '../../../rule.ts';

/** `ServiceAccount ci/deployer`, `User alice`: how `kubectl describe` names a subject. */
const subjectName = (subject: RbacSubject) => `${subject.kind} ${subject.namespace === undefined ? subject.name : `${subject.namespace}/${subject.name}`}`;

export default defineRule({
  id: 'K8S-CLUSTER-ADMIN-BINDING',
  title: 'Kubernetes bindings do not grant the cluster-admin role',
  problem: 'Kubernetes binding grants the cluster-admin role',
  pillar: 'security',
  severity: 'high',
  rationale:
    'cluster-admin allows every action on every resource: whoever holds it can read all Secrets, change any workload and grant themselves anything else. A stolen token of a service account bound to it is a takeover of the cluster (through a RoleBinding, of the whole namespace). Bind a role that names what the subject needs instead.',
  guide: 'kubernetes-access-control',
  reads: ['k8s.role-binding'],
  messages: {
    clusterWide: 'ClusterRoleBinding {binding} grants `cluster-admin` to {subjects} in every namespace',
    inNamespace: 'RoleBinding {binding} grants `cluster-admin` to {subjects} in namespace {namespace}',
  },
  fix: {
    kubernetes: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer
  namespace: shop
subjects:
  - kind: ServiceAccount
    name: deployer
    namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: deployer   # a Role that names the resources and verbs the subject needs`,
  },
  equivalents: {
    trivy: ['AVD-KSV-0111'],
    kics: ['249328b8-5f0f-409f-b1dd-029f07882e11'],
    kube_linter: ['cluster-admin-role-binding'],
    polaris: ['clusterrolebindingClusterAdmin', 'rolebindingClusterAdminClusterRole'],
  },

  check(model, report) {
    for (const binding of model.of('k8s.role-binding')) {
      const ref = binding.roleRef;
      // A binding without subjects grants nothing yet.
      if (ref?.kind !== 'ClusterRole' || ref.name !== 'cluster-admin' || binding.subjects.length === 0) continue;
      const subjects = binding.subjects.map(subjectName);
      if (binding.namespace === undefined) report(binding, ref.at, 'clusterWide', { binding: binding.name, subjects });
      else report(binding, ref.at, 'inNamespace', { binding: binding.name, subjects, namespace: binding.namespace });
    }
  },
});
