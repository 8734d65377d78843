import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'CONTAINER-NO-HEALTH-CHECK',
  title: 'Long-running containers have a health check',
  problem: 'Long-running container has no health check',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'Without a health check the platform only notices that a container has exited: a process that is deadlocked, out of connections or stuck in a loop keeps running and keeps being counted as healthy. A liveness probe or health check lets the orchestrator restart or replace it, and shows the state to whoever is looking.',
  guide: 'health-checks',
  reads: ['workload'],
  messages: {
    missing: 'container {container} runs without a health check ({property})',
    disabled: 'container {container} has its health check ({property}) disabled',
  },
  fix: {
    kubernetes: `containers:
  - name: web
    livenessProbe:
      httpGet:
        path: /healthz   # answers only while the process can serve
        port: 8080
      periodSeconds: 10
      failureThreshold: 3`,
    compose: `services:
  web:
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:8080/healthz"]
      interval: 10s
      timeout: 3s
      retries: 3`,
    cloudformation: `ContainerDefinitions:
  - Name: web
    HealthCheck:
      Command: ["CMD-SHELL", "wget -qO- http://localhost:8080/healthz || exit 1"]
      Interval: 10
      Timeout: 3
      Retries: 3`,
    terraform: `container_definitions = jsonencode([{
  name = "web"
  healthCheck = {
    command  = ["CMD-SHELL", "wget -qO- http://localhost:8080/healthz || exit 1"]
    interval = 10
    timeout  = 3
    retries  = 3
  }
}])`,
  },
  equivalents: {
    checkov: ['CKV_K8S_8'],
    kics: ['ade74944-a674-4e00-859e-c6eab5bde441', '698ed579-b239-4f8f-a388-baa4bcb13ef8'],
    kube_linter: ['no-liveness-probe'],
    kube_score: ['pod-probes'],
    polaris: ['livenessProbeMissing'],
  },

  check(model, report) {
    // Jobs and init containers finish on their own: exiting is their health signal.
    for (const workload of model.of('workload'))
      if (workload.longRunning)
        for (const container of workload.containers) {
          if (container.init) continue;
          const check = container.healthCheck;
          const property = propertyName(check, 'health check');
          if (check.state === 'absent') report(workload, check.at, 'missing', { container: container.name, property });
          else if (check.state === 'known' && !check.value) report(workload, check.at, 'disabled', { container: container.name, property });
        }
  },
});
