import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-CLOUDTRAIL-LOG-VALIDATION',
  title: 'CloudTrail trails validate the integrity of their log files',
  problem: 'CloudTrail trail does not validate its log files',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'With log file validation, CloudTrail delivers a signed digest file every hour, so you can prove later that no log file was changed or deleted after delivery. Without it, an intruder who reaches the log bucket can remove the evidence of what they did. Validation is off unless EnableLogFileValidation is true.',
  guide: 'audit-trail',
  reads: ['aws.cloudtrail.trail'],
  messages: {
    notSet: 'trail {trail} does not set {property} (off by default), so tampering with its log files would go unnoticed',
    off: 'trail {trail} has {property} `false`, so tampering with its log files would go unnoticed',
  },
  fix: {
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  IsLogging: true
  S3BucketName: !Ref TrailBucket
  EnableLogFileValidation: true`,
    terraform: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = true
}`,
  },
  equivalents: { checkov: ['CKV_AWS_36'], trivy: ['AVD-AWS-0016'], kics: ['2a3560fe-52ca-4443-b34f-bf0ed5eb74c8'] },

  check(model, report) {
    for (const trail of model.of('aws.cloudtrail.trail')) {
      if (effective(trail.logFileValidation, false) !== false) continue;
      const property = propertyName(trail.logFileValidation, 'EnableLogFileValidation');
      report(trail, trail.logFileValidation.at, trail.logFileValidation.state === 'absent' ? 'notSet' : 'off', { trail: trail.name, property });
    }
  },
});
