import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'K8S-NO-READINESS-PROBE',
  title: 'Long-running containers have a readiness probe',
  problem: 'Long-running container has no readiness probe',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'Without a readiness probe a pod counts as ready as soon as its containers start, so Services send it requests while it is still warming up, and keep sending them while it is overloaded or has lost its database. During a rolling update this turns into errors for users; a readiness probe holds traffic back until the container can answer.',
  guide: 'health-checks',
  reads: ['workload'],
  messages: {
    missing: 'container {container} has no `readinessProbe`, so it receives traffic as soon as it starts',
  },
  fix: {
    kubernetes: `containers:
  - name: web
    readinessProbe:
      httpGet:
        path: /ready   # fails while warming up or cut off from dependencies
        port: 8080
      periodSeconds: 5
      failureThreshold: 3`,
  },
  equivalents: {
    checkov: ['CKV_K8S_9'],
    kics: ['a659f3b5-9bf0-438a-bd9a-7d3a6427f1e3'],
    kube_linter: ['no-readiness-probe'],
    kube_score: ['pod-probes'],
    polaris: ['readinessProbeMissing'],
  },

  check(model, report) {
    for (const workload of model.of('workload'))
      if (workload.longRunning)
        for (const container of workload.containers)
          if (!container.init && container.readinessProbe?.state === 'absent') report(workload, container.readinessProbe.at, 'missing', { container: container.name });
  },
});
