import { defineRule } from '../../../rule.ts';
import { reportHostNamespace } from '../host-namespaces.ts';

export default defineRule({
  id: 'CONTAINER-HOST-NETWORK',
  title: "Workloads do not share the host's network namespace",
  problem: "Workload shares the host's network namespace",
  pillar: 'security',
  severity: 'high',
  rationale:
    "On the host's network namespace a container sees every interface of the host, can listen on any of its ports and reaches services the host binds to localhost only, and the network isolation the platform gives containers (port mappings, network policies, security groups per task) no longer applies to it. Few workloads besides node-level networking agents need it.",
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    shared: "{workload} shares the host's network namespace ({property})",
  },
  fix: {
    kubernetes: `spec:
  template:
    spec:
      hostNetwork: false   # or leave it out`,
    compose: `services:
  app:
    # no network_mode: host; publish the ports it serves instead
    ports:
      - "127.0.0.1:8080:8080"`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  NetworkMode: awsvpc`,
    terraform: `resource "aws_ecs_task_definition" "app" {
  network_mode = "awsvpc"
}`,
  },
  equivalents: {
    checkov: ['CKV_K8S_19'],
    trivy: ['AVD-KSV-0009'],
    kics: ['6b6bdfb3-c3ae-44cb-88e4-7405c1ba2c8a', '071a71ff-f868-47a4-ac0b-3c59e4ab5443'],
    kube_linter: ['host-network'],
    polaris: ['hostNetworkSet'],
  },

  check(model, report) {
    reportHostNamespace(model, report, (workload) => workload.hostNetwork, 'hostNetwork');
  },
});
