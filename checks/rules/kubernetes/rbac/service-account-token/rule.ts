import { defineRule } from '../../../rule.ts';
import { kubernetesWorkloads } from '../../workloads.ts';

export default defineRule({
  id: 'K8S-SERVICE-ACCOUNT-TOKEN-MOUNTED',
  title: 'Kubernetes pods mount a service account token only when they call the API',
  problem: 'Kubernetes pod gets a service account token it may not need',
  pillar: 'security',
  severity: 'low',
  rationale:
    'Unless automountServiceAccountToken is false on the pod or its service account, every container gets an API token at /var/run/secrets/kubernetes.io/serviceaccount. Most applications never call the Kubernetes API, but anyone who breaks into the container can use the token with whatever the service account is allowed to do. Turn the mount off and enable it only for pods that talk to the API.',
  guide: 'kubernetes-access-control',
  reads: ['workload', 'k8s.service-account'],
  messages: {
    mounted: '{kind} {name} sets `automountServiceAccountToken` to `true`',
    notSet: '{kind} {name} does not set `automountServiceAccountToken` to `false`, so its pods get a token of service account {account} unless that account turns it off',
    accountMounts: '{kind} {name} does not set `automountServiceAccountToken` to `false`, and neither does its service account {account}',
  },
  fix: {
    kubernetes: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      automountServiceAccountToken: false   # or on the ServiceAccount, for every pod that uses it
      containers:
        - name: web
          image: registry.example.com/shop/web:1.4.2`,
  },
  equivalents: {
    checkov: ['CKV_K8S_38'],
    trivy: ['AVD-KSV-0036'],
    kics: ['48471392-d4d0-47c0-b135-cdec95eb3eef'],
    kube_linter: ['automount-service-account-token'],
    polaris: ['automountServiceAccountToken'],
  },

  check(model, report) {
    for (const workload of kubernetesWorkloads(model)) {
      const automount = workload.automountServiceAccountToken;
      if (automount === undefined || automount.state === 'unknown') continue;
      const params = { kind: workload.controller, name: workload.name };
      if (automount.state === 'known') {
        if (automount.value) report(workload, automount.at, 'mounted', params);
        continue;
      }
      // The pod's own setting wins; left out, its service account's applies.
      const account = workload.serviceAccountName ?? 'default';
      const declared = model.of('k8s.service-account').find((candidate) => candidate.namespace === workload.namespace && candidate.name === account);
      if (declared === undefined) report(workload, automount.at, 'notSet', { ...params, account });
      else if (declared.automountToken.state === 'absent' || (declared.automountToken.state === 'known' && declared.automountToken.value))
        report(workload, automount.at, 'accountMounts', { ...params, account });
    }
  },
});
