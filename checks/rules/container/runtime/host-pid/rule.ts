import { defineRule } from '../../../rule.ts';
import { reportHostNamespace } from '../host-namespaces.ts';

export default defineRule({
  id: 'CONTAINER-HOST-PID',
  title: "Workloads do not share the host's process namespace",
  problem: "Workload shares the host's process namespace",
  pillar: 'security',
  severity: 'high',
  rationale:
    "Sharing the host's process namespace lets a container see every process on the host and read their command lines and environment, where secrets are often passed; running as root it can also signal them and inspect their memory. Only node-level debugging and monitoring agents need it, as an exception recorded with a suppression.",
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    shared: "{workload} shares the host's process namespace ({property})",
  },
  fix: {
    kubernetes: `spec:
  template:
    spec:
      hostPID: false   # or leave it out`,
    compose: `services:
  app:
    # no pid: host
    image: registry.example.com/app:1.0.0`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  PidMode: task   # or leave it out`,
    terraform: `resource "aws_ecs_task_definition" "app" {
  pid_mode = "task" # or leave it out
}`,
  },
  equivalents: {
    checkov: ['CKV_K8S_17', 'CKV_AWS_335'],
    trivy: ['AVD-KSV-0010'],
    kics: ['302736f4-b16c-41b8-befe-c0baffa0bd9d', '4f31dd9f-2cc3-4751-9b53-67e4af83dac0'],
    kube_linter: ['host-pid'],
    polaris: ['hostPIDSet'],
  },

  check(model, report) {
    reportHostNamespace(model, report, (workload) => workload.hostPid, 'hostPID');
  },
});
