import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** Auto Scaling uses EC2 status checks only unless told otherwise. */
const defaultHealthCheckType = 'EC2';

export default defineRule({
  id: 'AWS-ASG-ELB-HEALTH-CHECK',
  title: 'Auto Scaling groups behind a load balancer use its health checks',
  problem: 'Auto Scaling group behind a load balancer ignores its health checks',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'With the default EC2 health check, Auto Scaling replaces an instance only when the instance itself fails its status checks; an instance whose application has crashed keeps running while the load balancer marks it unhealthy. Setting HealthCheckType to ELB lets the group replace instances that fail the load balancer health check.',
  guide: 'health-checks',
  reads: ['aws.autoscaling.group'],
  messages: {
    notSet: 'Auto Scaling group {group} is behind a load balancer but does not set {property}, so only EC2 status checks replace instances',
    notElb: 'Auto Scaling group {group} is behind a load balancer but {property} is {type}; use `ELB`',
  },
  fix: {
    cloudformation: `Type: AWS::AutoScaling::AutoScalingGroup
Properties:
  HealthCheckType: ELB
  HealthCheckGracePeriod: 300     # seconds for the application to start
  TargetGroupARNs:
    - !Ref AppTargetGroup`,
    terraform: `resource "aws_autoscaling_group" "app" {
  health_check_type         = "ELB"
  health_check_grace_period = 300
  target_group_arns         = [aws_lb_target_group.app.arn]
}`,
  },
  equivalents: { checkov: ['CKV2_AWS_15'] },

  check(model, report) {
    for (const group of model.of('aws.autoscaling.group')) {
      if (!group.behindLoadBalancer) continue;
      const type = effective(group.healthCheckType, defaultHealthCheckType);
      // The setting may list several types, e.g. "ELB,EBS".
      if (
        type === undefined ||
        type
          .toUpperCase()
          .split(',')
          .some((part) => part.trim() === 'ELB')
      )
        continue;
      const property = propertyName(group.healthCheckType, 'HealthCheckType');
      if (group.healthCheckType.state === 'absent') report(group, group.healthCheckType.at, 'notSet', { group: group.name, property });
      else report(group, group.healthCheckType.at, 'notElb', { group: group.name, property, type });
    }
  },
});
