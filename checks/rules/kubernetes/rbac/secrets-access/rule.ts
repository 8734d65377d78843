import { defineRule } from '../../../rule.ts';

const readVerbs = new Set(['get', 'list', 'watch', '*']);

export default defineRule({
  id: 'K8S-SECRETS-ACCESS',
  title: 'Kubernetes roles do not read Secrets beyond the ones named',
  problem: 'Kubernetes role can read every Secret in reach',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'get, list or watch on secrets hands over every Secret the role reaches (a namespace, or the whole cluster through a ClusterRole): database passwords, API keys and the tokens of other service accounts, which lets whoever holds the role act as them. A workload that needs a Secret usually gets it mounted by the kubelet and needs no API access at all; when it must read one, resourceNames limits the grant to that Secret.',
  guide: 'kubernetes-access-control',
  reads: ['k8s.role'],
  messages: {
    readsSecrets: '{kind} {role} allows {verbs} on `secrets` without `resourceNames`',
  },
  fix: {
    kubernetes: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: payments
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["payments-api-key"]   # only the Secret it needs
    verbs: ["get"]                        # no list or watch`,
  },
  equivalents: {
    checkov: ['CKV2_K8S_5'],
    trivy: ['AVD-KSV-0041', 'AVD-KSV-0113'],
    kics: ['b7bca5c4-1dab-4c2c-8cbe-3050b9d59b14'],
    kube_linter: ['access-to-secrets'],
  },

  check(model, report) {
    for (const role of model.of('k8s.role'))
      for (const rule of role.rules) {
        // `*` resources are K8S-WILDCARD-RBAC's finding, so one grant is not reported twice.
        const core = rule.apiGroups.values.some((group) => group === '' || group === '*');
        if (!core || !rule.resources.values.includes('secrets') || rule.resourceNames.length > 0) continue;
        const verbs = rule.verbs.values.filter((verb) => readVerbs.has(verb));
        if (verbs.length > 0) report(role, rule.verbs.at, 'readsSecrets', { kind: role.sourceType, role: role.name, verbs });
      }
  },
});
