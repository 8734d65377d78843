import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-S3-ACCESS-LOGGING',
  title: 'S3 buckets record server access logs',
  problem: 'S3 bucket records no server access logs',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'Server access logs record every request to a bucket: who asked for what, when, and with which result. They are the evidence you need when investigating unexpected access or cost, and they cost little. Buckets that receive other buckets’ logs are exempt, since logging them would loop.',
  guide: 'access-logging',
  reads: ['aws.s3.bucket'],
  messages: {
    noLogging: 'bucket {bucket} has no {property}',
  },
  fix: {
    cloudformation: `LoggingConfiguration:
  DestinationBucketName: !Ref AccessLogsBucket
  LogFilePrefix: my-bucket/`,
    terraform: `resource "aws_s3_bucket_logging" "this" {
  bucket        = aws_s3_bucket.this.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "my-bucket/"
}`,
  },
  equivalents: { checkov: ['CKV_AWS_18'], trivy: ['AVD-AWS-0089'], cfn_nag: ['W35'] },

  check(model, report) {
    for (const bucket of model.of('aws.s3.bucket')) {
      if (bucket.accessLogging.state === 'absent' && !bucket.isLogTarget)
        report(bucket, bucket.accessLogging.at, 'noLogging', { bucket: bucket.name, property: propertyName(bucket.accessLogging, 'LoggingConfiguration') });
    }
  },
});
