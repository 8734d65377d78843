import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-S3-NONCURRENT-EXPIRATION',
  title: 'Versioned S3 buckets expire or archive old object versions',
  problem: 'Versioned S3 bucket keeps old object versions forever',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'In a versioned bucket every overwrite keeps the previous version, billed and stored on disks forever unless a lifecycle rule removes it. Expiring (or archiving) noncurrent versions after a recovery window keeps the safety of versioning without the ever-growing footprint.',
  guide: 'expire-old-object-versions',
  reads: ['aws.s3.bucket'],
  messages: {
    noRule: 'bucket {bucket} is versioned but no lifecycle rule expires or archives noncurrent versions',
  },
  fix: {
    cloudformation: `LifecycleConfiguration:
  Rules:
    - Id: expire-noncurrent
      Status: Enabled
      NoncurrentVersionExpiration:
        NoncurrentDays: 90
        NewerNoncurrentVersions: 3`,
    terraform: `resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    id     = "expire-noncurrent"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days           = 90
      newer_noncurrent_versions = 3
    }
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const bucket of model.of('aws.s3.bucket')) {
      if (bucket.versioning.state !== 'known' || !bucket.versioning.value) continue;
      const handled = bucket.lifecycleRules.some((rule) => !(rule.enabled.state === 'known' && !rule.enabled.value) && (rule.expiresNoncurrentVersions || rule.transitionsNoncurrentVersions));
      if (!handled) report(bucket, bucket.lifecycleAt, 'noRule', { bucket: bucket.name });
    }
  },
});
