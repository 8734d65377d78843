import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

const settings = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const;
const names = { blockPublicAcls: 'BlockPublicAcls', ignorePublicAcls: 'IgnorePublicAcls', blockPublicPolicy: 'BlockPublicPolicy', restrictPublicBuckets: 'RestrictPublicBuckets' };

export default defineRule({
  id: 'AWS-S3-PUBLIC-ACCESS-BLOCK',
  title: 'S3 buckets turn on all four Block Public Access settings',
  problem: 'S3 bucket leaves Block Public Access settings off',
  pillar: 'security',
  severity: 'high',
  rationale:
    'Block Public Access is the backstop that stops a bucket from becoming public through an ACL or a bucket policy written by mistake. With any of the four settings off, one careless change can expose every object in the bucket. S3 has turned all four on for new buckets since April 2023, so a bucket that leaves them out is reported at low severity: it is not open, but the template does not keep it closed against a later change.',
  guide: 's3-block-public-access',
  reads: ['aws.s3.bucket'],
  messages: {
    off: '{property} is `false` on bucket {bucket}',
    noConfiguration: 'bucket {bucket} has no {property}; new buckets start with all four settings on, but the template does not keep them on',
    unset: 'bucket {bucket} leaves {settings} unset; new buckets start with them on, but the template does not keep them on',
  },
  // Since April 2023 S3 turns all four settings on for every new bucket: leaving them out is a gap in the template
  // (an existing bucket, or a later console change, is not held), not a bucket that is open today.
  messageSeverity: { noConfiguration: 'low', unset: 'low' },
  fix: {
    cloudformation: `Type: AWS::S3::Bucket
Properties:
  PublicAccessBlockConfiguration:
    BlockPublicAcls: true
    IgnorePublicAcls: true
    BlockPublicPolicy: true
    RestrictPublicBuckets: true`,
    terraform: `resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
  },
  equivalents: {
    checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
    trivy: ['AVD-AWS-0086', 'AVD-AWS-0087', 'AVD-AWS-0091', 'AVD-AWS-0093'],
    kics: ['4fa66806-0dd9-4f8d-9480-3174d39c7c91'],
    cfn_nag: [],
  },

  check(model, report) {
    for (const bucket of model.of('aws.s3.bucket')) {
      const off = settings.filter((setting) => bucket[setting].state === 'known' && !(bucket[setting] as { value: boolean }).value);
      const missing = settings.filter((setting) => bucket[setting].state === 'absent');
      // Since April 2023 new buckets start with all four on; a template that leaves them out relies on that
      // default only for newly created buckets, so missing settings are reported as well as ones switched off.
      for (const setting of off) report(bucket, bucket[setting].at, 'off', { property: propertyName(bucket[setting], names[setting]), bucket: bucket.name });
      if (missing.length === settings.length) {
        report(bucket, bucket.publicAccessBlock.at, 'noConfiguration', { bucket: bucket.name, property: propertyName(bucket.publicAccessBlock, 'PublicAccessBlockConfiguration') });
      } else if (missing.length > 0) {
        report(bucket, bucket.publicAccessBlock.at, 'unset', { bucket: bucket.name, settings: missing.map((setting) => propertyName(bucket[setting], names[setting])) });
      }
    }
  },
});
