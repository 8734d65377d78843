import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-LOGS-RETENTION',
  title: 'CloudWatch log groups expire old log events',
  problem: 'CloudWatch log group keeps log events forever',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'A log group without RetentionInDays keeps every event forever, so storage, cost and the data to protect grow without bound long after the logs stop being useful. Set a retention that matches how long the logs are actually needed, and archive to S3 what must be kept longer.',
  guide: 'log-retention',
  reads: ['aws.logs.group'],
  messages: {
    noRetention: 'log group {group} has no {property}, so its events never expire',
  },
  fix: {
    cloudformation: `Type: AWS::Logs::LogGroup
Properties:
  RetentionInDays: 30   # one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, …`,
    terraform: `resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/orders"
  retention_in_days = 30
}`,
  },
  equivalents: { checkov: ['CKV_AWS_66'], cfn_nag: ['W86'] },

  check(model, report) {
    for (const group of model.of('aws.logs.group'))
      if (group.retentionDays.state === 'absent') report(group, group.retentionDays.at, 'noRetention', { group: group.name, property: propertyName(group.retentionDays, 'RetentionInDays') });
  },
});
