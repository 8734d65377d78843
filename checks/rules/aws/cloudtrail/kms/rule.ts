import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-CLOUDTRAIL-KMS',
  title: 'CloudTrail trails encrypt log files with a KMS key',
  problem: 'CloudTrail trail encrypts log files with SSE-S3 only',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'By default CloudTrail log files are encrypted with SSE-S3, so anyone who can read the bucket can read the account activity. With a KMS key (SSE-KMS) reading a log file also needs kms:Decrypt on the key, which separates the people who manage the bucket from those who may read the audit record, and every decryption is itself logged.',
  guide: 'audit-trail',
  reads: ['aws.cloudtrail.trail'],
  messages: {
    notSet: 'trail {trail} does not set {property}, so its log files are encrypted with SSE-S3 only',
  },
  fix: {
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  KMSKeyId: !Ref TrailKey   # a key whose policy lets cloudtrail.amazonaws.com encrypt`,
    terraform: `resource "aws_cloudtrail" "main" {
  kms_key_id = aws_kms_key.trail.arn
}`,
  },
  equivalents: { checkov: ['CKV_AWS_35'], trivy: ['AVD-AWS-0015'] },

  check(model, report) {
    for (const trail of model.of('aws.cloudtrail.trail'))
      if (trail.kmsKey.state === 'absent') report(trail, trail.kmsKey.at, 'notSet', { trail: trail.name, property: propertyName(trail.kmsKey, 'KMSKeyId') });
  },
});
