import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { behaviorName } from '../behaviors.ts';

/** Id of the AWS managed cache policy `Managed-CachingDisabled`, the same in every account. */
const cachingDisabled = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

export default defineRule({
  id: 'AWS-CLOUDFRONT-COMPRESSION',
  title: 'CloudFront cache behaviors compress responses',
  problem: 'CloudFront cache behavior does not compress responses',
  pillar: 'performance',
  severity: 'low',
  rationale:
    'CloudFront can gzip or Brotli-compress text responses at the edge, which often shrinks HTML, CSS, JavaScript and JSON to a quarter of their size: pages load faster and less data is billed. Compression is off unless a cache behavior sets Compress to true (with a cache policy, the policy must also accept gzip and Brotli encodings).',
  guide: 'cdn-caching-and-compression',
  reads: ['aws.cloudfront.distribution'],
  messages: {
    notSet: '{behavior} of distribution {distribution} does not set {property}, so CloudFront does not compress responses',
    off: '{property} is `false` on {behavior} of distribution {distribution}',
  },
  fix: {
    cloudformation: `DistributionConfig:
  DefaultCacheBehavior:
    TargetOriginId: site
    ViewerProtocolPolicy: redirect-to-https
    Compress: true
    # The managed CachingOptimized policy accepts gzip and Brotli.
    CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6`,
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    compress               = true
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    # ...
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    // The managed CachingDisabled policy sets every TTL to 0, and CloudFront compresses only what it may cache.
    for (const distribution of model.of('aws.cloudfront.distribution')) {
      for (const behavior of distribution.behaviors) {
        if (effective(behavior.compress, false) !== false || behavior.cachePolicyId === cachingDisabled) continue;
        report(distribution, behavior.compress.at, behavior.compress.state === 'absent' ? 'notSet' : 'off', {
          behavior: behaviorName(behavior),
          distribution: distribution.name,
          property: propertyName(behavior.compress, 'Compress'),
        });
      }
    }
  },
});
