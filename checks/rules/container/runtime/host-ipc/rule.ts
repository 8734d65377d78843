import { defineRule } from '../../../rule.ts';
import { reportHostNamespace } from '../host-namespaces.ts';

export default defineRule({
  id: 'CONTAINER-HOST-IPC',
  title: "Workloads do not share the host's IPC namespace",
  problem: "Workload shares the host's IPC namespace",
  pillar: 'security',
  severity: 'medium',
  rationale:
    "Sharing the host's IPC namespace gives a container the shared memory segments, semaphores and message queues of every process on the host, so it can read or corrupt what other programs exchange that way. Applications almost never need it; containers that must share memory can share it with each other without the host.",
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    shared: "{workload} shares the host's IPC namespace ({property})",
  },
  fix: {
    kubernetes: `spec:
  template:
    spec:
      hostIPC: false   # or leave it out`,
    compose: `services:
  app:
    ipc: private   # or shareable, or service:other to share with one service`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  IpcMode: task   # or none, or leave it out`,
    terraform: `resource "aws_ecs_task_definition" "app" {
  ipc_mode = "task" # or none, or leave it out
}`,
  },
  equivalents: {
    checkov: ['CKV_K8S_18'],
    trivy: ['AVD-KSV-0008'],
    kics: ['cd290efd-6c82-4e9d-a698-be12ae31d536', 'baa3890f-bed7-46f5-ab8f-1da8fc91c729'],
    kube_linter: ['host-ipc'],
    polaris: ['hostIPCSet'],
  },

  check(model, report) {
    reportHostNamespace(model, report, (workload) => workload.hostIpc, 'hostIPC');
  },
});
