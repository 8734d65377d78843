import { defineRule } from '../../../rule.ts';
import { deniesInsecureTransport } from '../policy-facts.ts';

export default defineRule({
  id: 'AWS-S3-TLS-ONLY',
  title: 'S3 buckets refuse requests that do not use TLS',
  problem: 'S3 bucket accepts requests that do not use TLS',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'S3 accepts plain HTTP requests unless a bucket policy denies them. A Deny statement on aws:SecureTransport = false makes sure objects and credentials never cross the network unencrypted, whichever client or SDK setting is used.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.s3.bucket'],
  messages: {
    noDeny: 'bucket {bucket} has no policy statement denying requests where `aws:SecureTransport` is `false`',
  },
  fix: {
    cloudformation: `Type: AWS::S3::BucketPolicy
Properties:
  Bucket: !Ref Bucket
  PolicyDocument:
    Statement:
      - Sid: DenyInsecureTransport
        Effect: Deny
        Principal: "*"
        Action: "s3:*"
        Resource:
          - !GetAtt Bucket.Arn
          - !Sub "\${Bucket.Arn}/*"
        Condition:
          Bool:
            aws:SecureTransport: "false"`,
    terraform: `data "aws_iam_policy_document" "tls_only" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "\${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}`,
  },
  equivalents: { kics: ['38c64e76-c71e-4d92-a337-60174d1de1c9'] },

  check(model, report) {
    for (const bucket of model.of('aws.s3.bucket')) {
      const enforced = bucket.policies.some((policy) => policy.unreadable || policy.statements.some(deniesInsecureTransport));
      if (!enforced) {
        const where = bucket.policies[0]?.at ?? bucket.at;
        report(bucket, where, 'noDeny', { bucket: bucket.name });
      }
    }
  },
});
