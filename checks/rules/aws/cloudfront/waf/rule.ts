import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-CLOUDFRONT-WAF',
  title: 'CloudFront distributions are protected by an AWS WAF web ACL',
  problem: 'CloudFront distribution has no AWS WAF web ACL',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'A distribution is the public front door of everything behind it, and without a web ACL every request, including exploit probes, credential stuffing and request floods, reaches the cache and the origin. A web ACL with the AWS managed rule groups and a rate-based rule filters those at the edge, and only the WebACLId of the distribution can attach one (an association resource does not apply to CloudFront).',
  guide: 'waf-and-shield',
  reads: ['aws.cloudfront.distribution'],
  messages: {
    notSet: 'distribution {distribution} does not set {property}, so no web ACL inspects its requests',
  },
  fix: {
    cloudformation: `EdgeAcl:
  Type: AWS::WAFv2::WebACL
  Properties:
    Scope: CLOUDFRONT               # create the stack in us-east-1
    DefaultAction: { Allow: {} }
    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: edge }
    Rules:
      - Name: common
        Priority: 0
        OverrideAction: { None: {} }
        Statement:
          ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesCommonRuleSet }
        VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: common }
Site:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      WebACLId: !GetAtt EdgeAcl.Arn`,
    terraform: `resource "aws_wafv2_web_acl" "edge" {
  provider = aws.us_east_1 # CLOUDFRONT scope lives in us-east-1
  name     = "edge"
  scope    = "CLOUDFRONT"
  # default_action, rules with managed rule groups, visibility_config ...
}

resource "aws_cloudfront_distribution" "this" {
  # ...
  web_acl_id = aws_wafv2_web_acl.edge.arn
}`,
  },
  equivalents: { checkov: ['CKV_AWS_68'] },

  check(model, report) {
    for (const distribution of model.of('aws.cloudfront.distribution')) {
      const acl = distribution.webAclId;
      if (acl.state !== 'absent') continue;
      report(distribution, acl.at, 'notSet', { distribution: distribution.name, property: propertyName(acl, 'WebACLId') });
    }
  },
});
