import { selects } from '../../../../model/kubernetes.ts';
import { defineRule } from '../../../rule.ts';
import { kubernetesWorkloads } from '../../workloads.ts';

export default defineRule({
  id: 'K8S-NO-NETWORK-POLICY',
  title: 'Kubernetes pods are isolated by a NetworkPolicy',
  problem: 'Kubernetes workload is not covered by any NetworkPolicy',
  pillar: 'security',
  severity: 'low',
  rationale:
    'Pods that no NetworkPolicy selects accept connections from every pod in the cluster and may connect anywhere, so one compromised pod can reach all the others, databases included. A NetworkPolicy that selects the pods (a default-deny policy for the namespace, then one that allows what the application needs) limits who can talk to them. Policies take effect only with a network plugin that enforces them.',
  guide: 'kubernetes-access-control',
  reads: ['workload', 'k8s.network-policy'],
  messages: {
    notSelected: '{kind} {name} is selected by no NetworkPolicy in this file, so its pods accept traffic from any pod',
  },
  fix: {
    kubernetes: `# Deny all traffic to and from the namespace's pods, then allow what each needs.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: ["Ingress", "Egress"]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-from-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels: { app: web }
  policyTypes: ["Ingress"]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: { kubernetes.io/metadata.name: ingress-nginx }`,
  },
  equivalents: {
    checkov: ['CKV2_K8S_6'],
    kics: ['0401f71b-9c1e-4821-ab15-a955caa621be'],
    kube_linter: ['non-isolated-pod'],
    kube_score: ['pod-networkpolicy'],
  },

  check(model, report) {
    for (const workload of kubernetesWorkloads(model)) {
      // Pods on the host's network are outside what NetworkPolicies govern (CONTAINER-HOST-NETWORK's finding).
      if (workload.hostNetwork.state === 'known' && workload.hostNetwork.value) continue;
      const verdicts = model
        .of('k8s.network-policy')
        .filter((policy) => policy.namespace === workload.namespace)
        .map((policy) => selects(policy.podSelector, workload.podLabels));
      if (verdicts.some((verdict) => verdict !== false)) continue;
      report(workload, workload.at, 'notSelected', { kind: workload.controller, name: workload.name });
    }
  },
});
