import { writtenValue } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

const publicAcls = new Set(['PublicRead', 'PublicReadWrite', 'AuthenticatedRead']);

export default defineRule({
  id: 'AWS-S3-PUBLIC-ACL',
  title: 'S3 buckets do not grant public access through a canned ACL',
  problem: 'S3 bucket grants public access through a canned ACL',
  pillar: 'security',
  severity: 'critical',
  rationale:
    'A PublicRead or PublicReadWrite ACL lets anyone on the internet list or change the bucket, and AuthenticatedRead means any AWS account at all. ACLs are a legacy mechanism: disable them with BucketOwnerEnforced and serve public content through CloudFront.',
  guide: 's3-block-public-access',
  reads: ['aws.s3.bucket'],
  messages: {
    publicAcl: 'bucket {bucket} has the canned ACL {acl}',
  },
  fix: {
    cloudformation: `Type: AWS::S3::Bucket
Properties:
  # No AccessControl; ACLs off entirely:
  OwnershipControls:
    Rules:
      - ObjectOwnership: BucketOwnerEnforced`,
    terraform: `resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], trivy: ['AVD-AWS-0092'], cfn_nag: ['F14', 'W31'] },

  check(model, report) {
    for (const bucket of model.of('aws.s3.bucket')) {
      if (bucket.acl.state === 'known' && publicAcls.has(bucket.acl.value)) {
        report(bucket, bucket.acl.at, 'publicAcl', { bucket: bucket.name, acl: writtenValue(bucket.acl) });
      }
    }
  },
});
