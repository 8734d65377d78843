import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { grantsEveryone } from '../policy-facts.ts';

export default defineRule({
  id: 'AWS-S3-PUBLIC-POLICY',
  title: 'S3 bucket policies do not allow access to everyone',
  problem: 'S3 bucket policy allows access to everyone',
  pillar: 'security',
  severity: 'critical',
  rationale:
    'A bucket policy statement that allows Principal "*" with no condition narrowing it to your VPC endpoint, organisation or source service makes the named actions available to anyone on the internet. Since April 2023 new buckets start with Block Public Access on, and S3 refuses such a policy while BlockPublicPolicy is on: that case is reported at low severity, as a policy that fails to deploy and waits for the setting to be turned off. Grant access to specific principals, or serve public content through CloudFront origin access control.',
  guide: 's3-block-public-access',
  reads: ['aws.s3.bucket'],
  messages: {
    allows: 'bucket policy on {bucket} allows {actions} to everyone ({principal}) with no narrowing condition',
    allowsAllBut: 'bucket policy on {bucket} allows all but {actions} to everyone ({principal}) with no narrowing condition',
    allowsComputed: 'bucket policy on {bucket} allows computed actions to everyone ({principal}) with no narrowing condition',
    allowsAllButComputed: 'bucket policy on {bucket} allows all but computed actions to everyone ({principal}) with no narrowing condition',
    refused: 'bucket policy on {bucket} allows everyone ({principal}) with no narrowing condition, which S3 refuses while {property} stays on',
  },
  // Block Public Access (on by default for new buckets since April 2023) refuses the policy: not public, but one setting away.
  messageSeverity: { refused: 'low' },
  fix: {
    cloudformation: `PolicyDocument:
  Statement:
    - Effect: Allow
      Principal:
        Service: cloudfront.amazonaws.com
      Action: s3:GetObject
      Resource: !Sub "\${Bucket.Arn}/*"
      Condition:
        StringEquals:
          AWS:SourceArn: !Sub "arn:aws:cloudfront::\${AWS::AccountId}:distribution/\${Distribution}"`,
    terraform: `data "aws_iam_policy_document" "cdn" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = [aws_cloudfront_distribution.this.arn]
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_70'], cfn_nag: ['F16'] },

  check(model, report) {
    for (const bucket of model.of('aws.s3.bucket'))
      for (const policy of bucket.policies)
        for (const statement of policy.statements) {
          if (!grantsEveryone(statement)) continue;
          const params = { bucket: bucket.name, principal: statement.written?.everyone ?? '"Principal": "*"' };
          if (effective(bucket.blockPublicPolicy, true) === true) {
            report(bucket, statement.at, 'refused', { ...params, property: propertyName(bucket.blockPublicPolicy, 'BlockPublicPolicy') });
            continue;
          }
          if (statement.actions === undefined) report(bucket, statement.at, statement.notAction ? 'allowsAllButComputed' : 'allowsComputed', params);
          else report(bucket, statement.at, statement.notAction ? 'allowsAllBut' : 'allows', { ...params, actions: statement.actions });
        }
  },
});
