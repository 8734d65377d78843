import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { modelOf, resourcesOf, value, where } from './support/snippets.ts';

beforeAll(loadParser);

describe('aws_ecs_cluster', () => {
  it('reads Container Insights from its setting blocks', () => {
    const clusters = resourcesOf(
      `resource "aws_ecs_cluster" "on" {
  name = "on"
  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}

resource "aws_ecs_cluster" "unset" {
  name = "unset"
}
`,
      'aws.ecs.cluster',
    );
    expect(where(clusters.get('aws_ecs_cluster.on')!.containerInsights)).toEqual({ value: 'enhanced', line: 5, property: 'value' });
    expect(value(clusters.get('aws_ecs_cluster.unset')!.containerInsights)).toBe('absent');
  });

  it('leaves an unset cluster unknown when the configuration turns the account default on', () => {
    const [cluster] = modelOf(`resource "aws_ecs_account_setting_default" "insights" {
  name  = "containerInsights"
  value = "enabled"
}

resource "aws_ecs_cluster" "unset" {
  name = "unset"
}
`).of('aws.ecs.cluster');
    expect(value(cluster!.containerInsights)).toBe('unknown');
  });
});

describe('aws_ecs_service', () => {
  it('reads its task count, launch type and subnets, with the provider’s default of no task', () => {
    const services = resourcesOf(
      `resource "aws_ecs_service" "api" {
  name          = "api"
  desired_count = 3
  launch_type   = "FARGATE"
  network_configuration {
    subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_ecs_service" "idle" {
  name = "idle"
}

resource "aws_ecs_service" "agent" {
  name                = "agent"
  scheduling_strategy = "DAEMON"
}
`,
      'aws.ecs.service',
    );
    const api = services.get('aws_ecs_service.api')!;
    expect([value(api.desiredCount), value(api.launchType), value(api.zoneCount), value(api.autoScalingMax)]).toEqual([3, 'FARGATE', 2, 'absent']);
    expect(where(services.get('aws_ecs_service.idle')!.desiredCount)).toEqual({ value: 0, line: 10, property: 'desired_count' });
    expect(value(services.get('aws_ecs_service.agent')!.desiredCount)).toBe('absent');
  });

  it('takes its ceiling from the scalable target that names it', () => {
    const services = resourcesOf(
      `resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_service" "api" {
  name    = "api"
  cluster = aws_ecs_cluster.main.id
}

resource "aws_ecs_service" "worker" {
  name    = "worker"
  cluster = aws_ecs_cluster.main.id
}

resource "aws_appautoscaling_target" "api" {
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/\${aws_ecs_cluster.main.name}/\${aws_ecs_service.api.name}"
  min_capacity       = 2
  max_capacity       = 20
}

resource "aws_appautoscaling_target" "worker" {
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/main/worker"
  min_capacity       = 1
  max_capacity       = 8
}
`,
      'aws.ecs.service',
    );
    expect([value(services.get('aws_ecs_service.api')!.autoScalingMax), value(services.get('aws_ecs_service.worker')!.autoScalingMax)]).toEqual([20, 8]);
  });
});

describe('aws_ecs_service public IP addresses (AWS-ECS-SERVICE-PUBLIC-IP)', () => {
  it('reads assign_public_ip of the network configuration, absent without one', () => {
    const services = resourcesOf(
      `resource "aws_ecs_service" "web" {
  name = "web"
  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = true
  }
}

resource "aws_ecs_service" "worker" {
  name = "worker"
}
`,
      'aws.ecs.service',
    );
    expect(where(services.get('aws_ecs_service.web')!.assignPublicIp)).toEqual({ value: true, line: 5, property: 'assign_public_ip' });
    expect(value(services.get('aws_ecs_service.worker')!.assignPublicIp)).toBe('absent');
  });
});
