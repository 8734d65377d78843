import { defineRule } from '../../../rule.ts';

const lists = ['apiGroups', 'resources', 'verbs'] as const;

export default defineRule({
  id: 'K8S-WILDCARD-RBAC',
  title: 'Kubernetes roles name the API groups, resources and verbs they grant',
  problem: 'Kubernetes role grants a wildcard in one of its rules',
  pillar: 'security',
  severity: 'high',
  rationale:
    'A wildcard (*) in a role rule grants everything of that kind, including resources and verbs added to the cluster later: all verbs include escalate, bind and impersonate, and all resources include Secrets and the role bindings themselves. Naming each API group, resource and verb keeps the grant to what the workload or person needs, and lets a reviewer see what that is.',
  guide: 'kubernetes-access-control',
  reads: ['k8s.role'],
  messages: {
    wildcard: '{kind} {role} has a rule with `*` in {lists}',
  },
  fix: {
    kubernetes: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]        # each resource the subject works with
    verbs: ["get", "list", "patch"]   # and only the verbs it needs`,
  },
  equivalents: {
    checkov: ['CKV_K8S_49'],
    trivy: ['AVD-KSV-0044', 'AVD-KSV-0045', 'AVD-KSV-0046'],
    kics: ['6b896afb-ca07-467a-b256-1a0077a1c08e'],
    kube_linter: ['wildcard-in-rules'],
  },

  check(model, report) {
    for (const role of model.of('k8s.role'))
      for (const rule of role.rules) {
        const wild = lists.filter((list) => rule[list].values.includes('*'));
        if (wild.length > 0) report(role, rule[wild[0]!].at, 'wildcard', { kind: role.sourceType, role: role.name, lists: [...wild] });
      }
  },
});
