import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { containerName } from '../../phrases.ts';

export default defineRule({
  id: 'CONTAINER-PRIVILEGED',
  title: 'Containers do not run privileged',
  problem: 'Container runs privileged',
  pillar: 'security',
  severity: 'critical',
  rationale:
    "A privileged container gets every Linux capability and every device of the host, and most of the kernel's confinement is lifted: a process that breaks out of the application owns the host and every other container on it. What the container needed it for is almost always one capability or one device, which can be granted on its own.",
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    privileged: '{property} is `true` on {container}',
  },
  fix: {
    kubernetes: `spec:
  containers:
    - name: app
      securityContext:
        privileged: false
        # grant the one capability it needs instead, e.g.
        # capabilities: { add: [NET_ADMIN] }`,
    compose: `services:
  app:
    privileged: false   # or leave it out
    # grant the one capability or device it needs instead, e.g.
    # cap_add: [NET_ADMIN]`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  ContainerDefinitions:
    - Name: app
      Privileged: false   # or leave it out`,
    terraform: `resource "aws_ecs_task_definition" "app" {
  container_definitions = jsonencode([{
    name       = "app"
    privileged = false # or leave it out
  }])
}`,
  },
  equivalents: {
    checkov: ['CKV_K8S_16', 'CKV_AWS_334'],
    trivy: ['AVD-KSV-0017'],
    kics: ['dd29336b-fe57-445b-a26e-e6aa867ae609', 'ae5b6871-7f45-42e0-bb4c-ab300c4d2026'],
    kube_linter: ['privileged-container'],
    kube_score: ['container-security-context-privileged'],
    polaris: ['runAsPrivileged'],
  },

  check(model, report) {
    // Init containers included: a privileged init container owns the host just as long as it needs to.
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        const { privileged } = container;
        if (privileged.state === 'known' && privileged.value)
          report(workload, privileged.at, 'privileged', { property: propertyName(privileged, 'privileged'), container: containerName(workload, container) });
      }
  },
});
