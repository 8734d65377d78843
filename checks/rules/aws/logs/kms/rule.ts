import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-LOGS-KMS',
  title: 'CloudWatch log groups encrypt log data with a KMS key',
  problem: 'CloudWatch log group is not encrypted with a KMS key',
  pillar: 'security',
  severity: 'low',
  rationale:
    'CloudWatch Logs always encrypts log data at rest with keys the service manages; a customer managed KMS key adds control over who may decrypt it, an audit record of every use, and the ability to make the data unreadable by disabling the key. Worth it for log groups that may hold personal data, tokens or request bodies; the key policy must allow the logs service principal of the Region.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.logs.group'],
  messages: {
    notSet: 'log group {group} does not set {property}, so only service-managed keys protect it',
  },
  fix: {
    cloudformation: `Type: AWS::Logs::LogGroup
Properties:
  RetentionInDays: 30
  KmsKeyId: !GetAtt LogsKey.Arn   # key policy must allow logs.<region>.amazonaws.com`,
    terraform: `resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/orders"
  retention_in_days = 30
  kms_key_id        = aws_kms_key.logs.arn
}`,
  },
  equivalents: { checkov: ['CKV_AWS_158'] },

  check(model, report) {
    for (const group of model.of('aws.logs.group'))
      if (group.kmsKey.state === 'absent') report(group, group.kmsKey.at, 'notSet', { group: group.name, property: propertyName(group.kmsKey, 'KmsKeyId') });
  },
});
