import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-CLOUDTRAIL-LOG-VALIDATION',
  title: 'CloudTrail trails validate the integrity of their log files',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'With log file validation, CloudTrail delivers a signed digest file every hour, so you can prove later that no log file was changed or deleted after delivery. Without it, an intruder who reaches the log bucket can remove the evidence of what they did. Validation is off unless EnableLogFileValidation is true.',
  guide: 'audit-trail',
  reads: ['aws.cloudtrail.trail'],
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
      const why = trail.logFileValidation.state === 'absent' ? 'does not set EnableLogFileValidation (off by default)' : 'has EnableLogFileValidation false';
      report(trail, trail.logFileValidation.at, `trail ${trail.name} ${why}, so tampering with its log files would go unnoticed`);
    }
  },
});
