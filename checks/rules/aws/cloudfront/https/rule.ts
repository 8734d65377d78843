import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { behaviorName } from '../behaviors.ts';

export default defineRule({
  id: 'AWS-CLOUDFRONT-HTTPS',
  title: 'CloudFront cache behaviors require HTTPS between viewers and CloudFront',
  problem: 'CloudFront cache behavior lets viewers use plain HTTP',
  pillar: 'security',
  severity: 'high',
  rationale:
    'With the viewer protocol policy allow-all, CloudFront serves content over plain HTTP to any viewer that asks for it, so pages, cookies and tokens travel unencrypted and can be read or altered on the way. redirect-to-https upgrades those viewers; https-only refuses them.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.cloudfront.distribution'],
  messages: {
    allowAll: '{property} is `allow-all` on {behavior} of distribution {distribution}, so viewers can use plain HTTP',
  },
  fix: {
    cloudformation: `DistributionConfig:
  DefaultCacheBehavior:
    TargetOriginId: site
    ViewerProtocolPolicy: redirect-to-https
    CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6`,
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    # ...
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_34'], trivy: ['AVD-AWS-0012'], kics: ['31733ee2-fef0-4e87-9778-65da22a8ecf1'] },

  check(model, report) {
    for (const distribution of model.of('aws.cloudfront.distribution')) {
      for (const behavior of distribution.behaviors) {
        const policy = behavior.viewerProtocolPolicy;
        if (policy.state === 'known' && policy.value === 'allow-all') {
          report(distribution, policy.at, 'allowAll', { property: propertyName(policy, 'ViewerProtocolPolicy'), behavior: behaviorName(behavior), distribution: distribution.name });
        }
      }
    }
  },
});
