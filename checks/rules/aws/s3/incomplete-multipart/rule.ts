import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-S3-INCOMPLETE-MULTIPART',
  title: 'S3 buckets clean up incomplete multipart uploads',
  problem: 'S3 bucket keeps the parts of abandoned multipart uploads',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'The parts of a multipart upload that is never completed or aborted stay in the bucket, billed as storage, yet they are not listed as objects, so nobody notices them. A lifecycle rule with AbortIncompleteMultipartUpload deletes them a set number of days after the upload started.',
  guide: 's3-lifecycle-rules',
  reads: ['aws.s3.bucket'],
  messages: {
    none: 'bucket {bucket} has no enabled lifecycle rule that aborts incomplete multipart uploads',
  },
  fix: {
    cloudformation: `Type: AWS::S3::Bucket
Properties:
  LifecycleConfiguration:
    Rules:
      - Id: abort-incomplete-uploads
        Status: Enabled
        AbortIncompleteMultipartUpload:
          DaysAfterInitiation: 7`,
    terraform: `resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "abort-incomplete-uploads"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_300'] },

  check(model, report) {
    for (const bucket of model.of('aws.s3.bucket')) {
      // A rule whose status is decided at deploy time may be the one.
      if (
        bucket.lifecycleRules.some(
          (rule) =>
            rule.enabled.state === 'unknown' ||
            (rule.abortsIncompleteUploads && rule.enabled.state !== 'known') ||
            (rule.abortsIncompleteUploads && rule.enabled.state === 'known' && rule.enabled.value),
        )
      )
        continue;
      report(bucket, bucket.lifecycleAt, 'none', { bucket: bucket.name });
    }
  },
});
