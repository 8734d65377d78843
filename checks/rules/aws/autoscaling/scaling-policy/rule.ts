import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ASG-SCALING-POLICY',
  title: 'Auto Scaling groups that can grow have a scaling policy or schedule',
  problem: 'Auto Scaling group that can grow has no scaling policy or schedule',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'A group with room to grow but no scaling policy or scheduled action runs at its desired capacity around the clock, sized for peak load. Target tracking or a schedule matches the number of running instances to demand, cutting idle capacity, energy and cost.',
  guide: 'scale-to-demand',
  reads: ['aws.autoscaling.group'],
  messages: {
    noPolicy: 'Auto Scaling group {group} can grow to {max} instances but no scaling policy or scheduled action adjusts it',
  },
  fix: {
    cloudformation: `CpuTargetTracking:
  Type: AWS::AutoScaling::ScalingPolicy
  Properties:
    AutoScalingGroupName: !Ref AppGroup
    PolicyType: TargetTrackingScaling
    TargetTrackingConfiguration:
      PredefinedMetricSpecification:
        PredefinedMetricType: ASGAverageCPUUtilization
      TargetValue: 50`,
    terraform: `resource "aws_autoscaling_policy" "cpu" {
  name                   = "cpu-target-tracking"
  autoscaling_group_name = aws_autoscaling_group.app.name
  policy_type            = "TargetTrackingScaling"
  target_tracking_configuration {
    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
    target_value = 50
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const group of model.of('aws.autoscaling.group')) {
      const max = group.maxSize;
      if (max.state !== 'known' || max.value <= 1 || group.scalingPolicyCount > 0) continue;
      // A fixed-size group (MinSize = MaxSize) cannot grow or shrink: a policy would have nothing to adjust.
      if (group.minSize.state === 'known' && group.minSize.value === max.value) continue;
      report(group, max.at, 'noPolicy', { group: group.name, max: max.value });
    }
  },
});
