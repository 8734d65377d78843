import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { resourcesOf, value, where } from './support/snippets.ts';

beforeAll(loadParser);

describe('aws_autoscaling_group', () => {
  it('reads sizes, health checks and zones, counting one zone per distinct subnet', () => {
    const group = resourcesOf(
      `resource "aws_autoscaling_group" "web" {
  name                = "web"
  min_size            = 2
  max_size            = 4
  health_check_type   = "ELB"
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-0a1b2c3d"]
  target_group_arns   = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"]
}
`,
      'aws.autoscaling.group',
    ).get('aws_autoscaling_group.web')!;
    expect([value(group.groupName), value(group.minSize), value(group.maxSize), value(group.healthCheckType)]).toEqual(['web', 2, 4, 'ELB']);
    expect(where(group.zoneCount)).toEqual({ value: 2, line: 6, property: 'vpc_zone_identifier' });
    expect(group.behindLoadBalancer).toBe(true);
  });

  it('cannot count zones of a list computed at apply time', () => {
    const group = resourcesOf(
      `variable "subnets" {
  type = list(string)
}

resource "aws_autoscaling_group" "web" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = var.subnets
}
`,
      'aws.autoscaling.group',
    ).get('aws_autoscaling_group.web')!;
    expect(value(group.zoneCount)).toBe('unknown');
  });

  it('is behind a load balancer through an attachment that names it', () => {
    const groups = resourcesOf(
      `resource "aws_autoscaling_group" "web" {
  min_size = 1
  max_size = 2
}

resource "aws_autoscaling_group" "named" {
  name     = "named"
  min_size = 1
  max_size = 2
}

resource "aws_autoscaling_group" "alone" {
  min_size = 1
  max_size = 2
}

resource "aws_autoscaling_attachment" "web" {
  autoscaling_group_name = aws_autoscaling_group.web.id
  lb_target_group_arn    = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
}

resource "aws_autoscaling_traffic_source_attachment" "named" {
  autoscaling_group_name = "named"
  traffic_source {
    identifier = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/named/0123456789abcdef"
    type       = "elbv2"
  }
}
`,
      'aws.autoscaling.group',
    );
    expect(Object.fromEntries([...groups].map(([address, group]) => [address, group.behindLoadBalancer]))).toEqual({
      'aws_autoscaling_group.web': true,
      'aws_autoscaling_group.named': true,
      'aws_autoscaling_group.alone': false,
    });
  });

  it('counts the policies, schedules and capacity providers that scale it', () => {
    const groups = resourcesOf(
      `resource "aws_autoscaling_group" "web" {
  min_size = 1
  max_size = 4
}

resource "aws_autoscaling_group" "office" {
  name     = "office-hours"
  min_size = 0
  max_size = 4
}

resource "aws_autoscaling_group" "cluster" {
  min_size = 0
  max_size = 4
}

resource "aws_autoscaling_policy" "cpu" {
  name                   = "cpu"
  autoscaling_group_name = aws_autoscaling_group.web.name
}

resource "aws_autoscaling_schedule" "morning" {
  scheduled_action_name  = "morning"
  autoscaling_group_name = "office-hours"
}

resource "aws_ecs_capacity_provider" "cluster" {
  name = "cluster"
  auto_scaling_group_provider {
    auto_scaling_group_arn = aws_autoscaling_group.cluster.arn
  }
}
`,
      'aws.autoscaling.group',
    );
    expect(Object.fromEntries([...groups].map(([address, group]) => [address, group.scalingPolicyCount]))).toEqual({
      'aws_autoscaling_group.web': 1,
      'aws_autoscaling_group.office': 1,
      'aws_autoscaling_group.cluster': 1,
    });
  });

  it('takes its instance type from its launch template or configuration, unless overrides choose several', () => {
    const groups = resourcesOf(
      `resource "aws_launch_template" "app" {
  instance_type = "m5.large"
}

resource "aws_launch_configuration" "old" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m3.medium"
}

resource "aws_autoscaling_group" "templated" {
  min_size = 1
  max_size = 2
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_autoscaling_group" "configured" {
  min_size             = 1
  max_size             = 2
  launch_configuration = aws_launch_configuration.old.name
}

resource "aws_autoscaling_group" "mixed" {
  min_size = 1
  max_size = 2
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.app.id
      }
      override {
        instance_type = "m6i.large"
      }
    }
  }
}
`,
      'aws.autoscaling.group',
    );
    expect(Object.fromEntries([...groups].map(([address, group]) => [address, value(group.instanceType)]))).toEqual({
      'aws_autoscaling_group.templated': 'm5.large',
      'aws_autoscaling_group.configured': 'm3.medium',
      'aws_autoscaling_group.mixed': 'unknown',
    });
  });
});
