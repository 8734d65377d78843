import { effective } from '../../../../model/types.ts';
import { propertyName, writtenValue } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

const publicAcls = new Set(['PublicRead', 'PublicReadWrite', 'AuthenticatedRead']);

export default defineRule({
  id: 'AWS-S3-PUBLIC-ACL',
  title: 'S3 buckets do not grant public access through a canned ACL',
  problem: 'S3 bucket grants public access through a canned ACL',
  pillar: 'security',
  severity: 'critical',
  rationale:
    'A PublicRead or PublicReadWrite ACL lets anyone on the internet list or change the bucket, and AuthenticatedRead means any AWS account at all. Since April 2023 new buckets start with ACLs disabled (Object Ownership BucketOwnerEnforced) and Block Public Access on, so S3 refuses such an ACL unless the template turns both off; a bucket that does is public, and one that does not carries a setting that fails the deployment and waits for those defaults to be changed. Keep ACLs disabled and serve public content through CloudFront.',
  guide: 's3-block-public-access',
  reads: ['aws.s3.bucket'],
  messages: {
    publicAcl: 'bucket {bucket} has the canned ACL {acl}',
    aclsDisabled: 'bucket {bucket} asks for the canned ACL {acl}, which S3 refuses while ACLs are disabled ({property} not set to `ObjectWriter` or `BucketOwnerPreferred`)',
    blocked: 'bucket {bucket} asks for the canned ACL {acl}, which Block Public Access refuses or ignores while {settings} stay on',
  },
  // What S3 refuses does not make the bucket public: the finding is the setting that asks for it (and fails to deploy).
  messageSeverity: { aclsDisabled: 'low', blocked: 'low' },
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
      if (bucket.acl.state !== 'known' || !publicAcls.has(bucket.acl.value)) continue;
      const params = { bucket: bucket.name, acl: writtenValue(bucket.acl) };
      const ownership = bucket.objectOwnership;
      // Absent: BucketOwnerEnforced, the default for new buckets since April 2023.
      if (ownership.state === 'absent' || (ownership.state === 'known' && ownership.value === 'BucketOwnerEnforced')) {
        report(bucket, bucket.acl.at, 'aclsDisabled', { ...params, property: propertyName(ownership, 'ObjectOwnership') });
        continue;
      }
      // Block Public Access settings left unset are on for new buckets since April 2023.
      const holding = (
        [
          [bucket.blockPublicAcls, 'BlockPublicAcls'],
          [bucket.ignorePublicAcls, 'IgnorePublicAcls'],
        ] as const
      ).filter(([setting]) => effective(setting, true) === true);
      if (holding.length > 0) report(bucket, bucket.acl.at, 'blocked', { ...params, settings: holding.map(([setting, name]) => propertyName(setting, name)) });
      else report(bucket, bucket.acl.at, 'publicAcl', params);
    }
  },
});
