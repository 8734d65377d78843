import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'CONTAINER-NO-MEMORY-LIMIT',
  title: 'Containers have a memory limit',
  problem: 'Container has no memory limit',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'A container without a memory limit can take all the memory of its host: one leak then pushes its neighbours out, and the kernel out-of-memory killer may pick a process that had nothing to do with it. A limit confines the damage to the container that misbehaves, which is restarted on its own.',
  guide: 'kubernetes-bin-packing',
  reads: ['workload'],
  messages: {
    missing: 'container {container} sets no memory limit, so it can use all the memory of its host',
  },
  fix: {
    kubernetes: `containers:
  - name: web
    resources:
      requests:
        memory: 256Mi
      limits:
        memory: 512Mi   # the container is restarted, not the host starved`,
    compose: `services:
  web:
    deploy:
      resources:
        limits:
          memory: 512M   # the container is restarted, not the host starved`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  Memory: "1024"   # the whole task; each container may set its own too
  ContainerDefinitions:
    - Name: web
      Memory: 512`,
    terraform: `resource "aws_ecs_task_definition" "web" {
  memory = 1024 # the whole task; each container may set its own too
  container_definitions = jsonencode([{
    name   = "web"
    memory = 512
  }])
}`,
  },
  equivalents: {
    checkov: ['CKV_K8S_13'],
    trivy: ['AVD-KSV-0018'],
    kics: ['b14d1bc4-a208-45db-92f0-e21f8e2588e9', 'bb9ac4f7-e13b-423d-a010-c74a1bfbe492'],
    kube_linter: ['unset-memory-requirements'],
    kube_score: ['container-resources'],
    polaris: ['memoryLimitsMissing'],
  },

  check(model, report) {
    // Init containers count too: while one runs it can exhaust the host as well as any other.
    for (const workload of model.of('workload'))
      for (const container of workload.containers) if (container.memoryLimit.state === 'absent') report(workload, container.memoryLimit.at, 'missing', { container: container.name });
  },
});
