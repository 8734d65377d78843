import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ECS-FARGATE-ARM64',
  title: 'Fargate task definitions run on ARM64 (Graviton)',
  problem: 'Fargate task definition runs on x86_64',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'Fargate tasks on ARM64 run on Graviton processors, which use less energy for the same work, and Fargate charges about 20% less per vCPU-hour and GB-hour for them. Tasks run on x86_64 unless RuntimePlatform asks for ARM64; the images must be built for arm64 (a multi-architecture image covers both). Windows containers cannot run on ARM64, so they pass.',
  guide: 'graviton-compute',
  reads: ['workload'],
  messages: {
    x86: 'task definition {task} runs on Fargate with {property} {architecture}; `ARM64` runs on Graviton for less',
  },
  fix: {
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  RequiresCompatibilities: [FARGATE]
  RuntimePlatform:
    CpuArchitecture: ARM64
    OperatingSystemFamily: LINUX`,
    terraform: `resource "aws_ecs_task_definition" "api" {
  requires_compatibilities = ["FARGATE"]
  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const workload of model.of('workload')) {
      const task = workload.ecsTask;
      if (!task || task.requiresCompatibilities.state !== 'known' || !task.requiresCompatibilities.value.some((item) => item.toUpperCase() === 'FARGATE')) continue;
      const os = effective(task.operatingSystemFamily, 'LINUX');
      if (os === undefined || os.toUpperCase() !== 'LINUX') continue;
      const architecture = effective(task.cpuArchitecture, 'X86_64');
      if (architecture === undefined || architecture.toUpperCase() === 'ARM64') continue;
      report(workload, task.cpuArchitecture.at, 'x86', { task: workload.name, property: propertyName(task.cpuArchitecture, 'CpuArchitecture'), architecture });
    }
  },
});
