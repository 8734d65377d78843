import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ASG-NOTIFICATIONS',
  title: 'Auto Scaling groups notify someone of failed launches',
  problem: 'Auto Scaling group sends no scaling notifications',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'A group that cannot launch instances (a missing AMI, exhausted capacity, a quota) keeps retrying quietly while the service runs short. Notification configurations send launch and terminate events, including failures, to an SNS topic; an EventBridge rule on the EC2 Auto Scaling events does the same job, and this check cannot see such rules, hence the low severity.',
  guide: 'alarms-on-key-metrics',
  reads: ['aws.autoscaling.group'],
  messages: {
    none: 'Auto Scaling group {group} has no {property}, so failed launches reach no one unless an EventBridge rule watches them',
  },
  fix: {
    cloudformation: `Type: AWS::AutoScaling::AutoScalingGroup
Properties:
  NotificationConfigurations:
    - TopicARN: !Ref OpsTopic
      NotificationTypes:
        - autoscaling:EC2_INSTANCE_LAUNCH_ERROR
        - autoscaling:EC2_INSTANCE_TERMINATE_ERROR`,
    terraform: `resource "aws_autoscaling_notification" "web" {
  group_names   = [aws_autoscaling_group.web.name]
  topic_arn     = aws_sns_topic.ops.arn
  notifications = ["autoscaling:EC2_INSTANCE_LAUNCH_ERROR", "autoscaling:EC2_INSTANCE_TERMINATE_ERROR"]
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const group of model.of('aws.autoscaling.group'))
      if (group.notifications.state === 'absent') report(group, group.notifications.at, 'none', { group: group.name, property: propertyName(group.notifications, 'NotificationConfigurations') });
  },
});
