import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ECS-CONTAINER-LOGGING',
  title: 'ECS containers send their output to a log driver',
  problem: 'ECS container has no log configuration',
  pillar: 'operations',
  severity: 'medium',
  rationale:
    'Without a log configuration, ECS does not ship what a container writes to stdout and stderr anywhere: on Fargate it is lost when the task stops, on EC2 it stays in the Docker json-file logs of one host. A task that crashes at startup then leaves nothing to diagnose it with; the awslogs driver (or FireLens) sends the output to CloudWatch Logs or another destination.',
  guide: 'container-monitoring',
  reads: ['workload'],
  messages: {
    none: 'container {container} of task definition {task} has no {property}, so its output is not collected',
  },
  fix: {
    cloudformation: `ContainerDefinitions:
  - Name: app
    Image: !Ref Image
    LogConfiguration:
      LogDriver: awslogs
      Options:
        awslogs-group: !Ref AppLogs       # an AWS::Logs::LogGroup with RetentionInDays
        awslogs-region: !Ref AWS::Region
        awslogs-stream-prefix: app`,
    terraform: `container_definitions = jsonencode([{
  name  = "app"
  image = var.image
  logConfiguration = {
    logDriver = "awslogs"
    options = {
      awslogs-group         = aws_cloudwatch_log_group.app.name
      awslogs-region        = var.region
      awslogs-stream-prefix = "app"
    }
  }
}])`,
  },
  equivalents: {},

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        const logging = container.logConfiguration;
        if (logging?.state !== 'absent') continue;
        report(workload, logging.at, 'none', { container: container.name, task: workload.name, property: propertyName(logging, 'LogConfiguration') });
      }
  },
});
