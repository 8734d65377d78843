import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-S3-VERSIONING',
  title: 'S3 buckets keep object versions',
  problem: 'S3 bucket does not keep object versions',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'Without versioning, an overwrite or a delete (by a bug, a person or ransomware) destroys the only copy of an object. Versioning keeps prior versions recoverable; pair it with lifecycle rules that expire old versions so storage does not grow without bound.',
  guide: 's3-versioning',
  reads: ['aws.s3.bucket'],
  messages: {
    notEnabled: 'bucket {bucket} does not enable versioning',
    suspended: 'versioning is suspended on bucket {bucket}',
  },
  fix: {
    cloudformation: `Type: AWS::S3::Bucket
Properties:
  VersioningConfiguration:
    Status: Enabled`,
    terraform: `resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_21'], trivy: ['AVD-AWS-0090'] },

  check(model, report) {
    for (const bucket of model.of('aws.s3.bucket')) {
      const versioning = bucket.versioning;
      if (versioning.state === 'absent') report(bucket, versioning.at, 'notEnabled', { bucket: bucket.name });
      else if (versioning.state === 'known' && !versioning.value) report(bucket, versioning.at, 'suspended', { bucket: bucket.name });
    }
  },
});
