import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-S3-LIFECYCLE',
  title: 'S3 buckets have lifecycle rules',
  problem: 'S3 bucket has no lifecycle rules',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'Without a lifecycle configuration every object stays in S3 Standard forever, including abandoned multipart uploads that are billed but invisible. Rules that transition cold data to cheaper storage classes and expire what is no longer needed keep the bill tied to value.',
  guide: 's3-lifecycle-rules',
  reads: ['aws.s3.bucket'],
  messages: {
    none: 'bucket {bucket} has no lifecycle rules',
    allDisabled: 'every lifecycle rule on bucket {bucket} is disabled',
  },
  fix: {
    cloudformation: `LifecycleConfiguration:
  Rules:
    - Id: tier-and-expire
      Status: Enabled
      Transitions:
        - StorageClass: STANDARD_IA
          TransitionInDays: 30
      ExpirationInDays: 365
      AbortIncompleteMultipartUpload:
        DaysAfterInitiation: 7`,
    terraform: `resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    id     = "tier-and-expire"
    status = "Enabled"
    filter {}
    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }
    expiration {
      days = 365
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV2_AWS_61'] },

  check(model, report) {
    for (const bucket of model.of('aws.s3.bucket')) {
      if (bucket.lifecycleRules.length === 0) report(bucket, bucket.lifecycleAt, 'none', { bucket: bucket.name });
      else if (bucket.lifecycleRules.every((rule) => rule.enabled.state === 'known' && !rule.enabled.value)) {
        report(bucket, bucket.lifecycleAt, 'allDisabled', { bucket: bucket.name });
      }
    }
  },
});
