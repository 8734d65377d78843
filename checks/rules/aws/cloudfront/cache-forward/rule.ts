import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { behaviorName } from '../behaviors.ts';

export default defineRule({
  id: 'AWS-CLOUDFRONT-CACHE-FORWARD',
  title: 'CloudFront cache behaviors do not forward all headers',
  problem: 'CloudFront cache behavior forwards all headers, so it caches nothing',
  pillar: 'performance',
  severity: 'medium',
  rationale:
    'When the legacy ForwardedValues setting forwards all headers (*), CloudFront does not cache the responses of that behavior, so every request travels to the origin and viewers wait for it. A cache policy keeps the cache key to what the origin varies on, and an origin request policy such as AllViewer can still pass every header to the origin without putting them in the cache key.',
  guide: 'cdn-caching-and-compression',
  reads: ['aws.cloudfront.distribution'],
  messages: {
    allHeaders: '{property} forwards all headers (`*`) on {behavior} of distribution {distribution}, so CloudFront caches none of its responses',
  },
  fix: {
    cloudformation: `DefaultCacheBehavior:
  TargetOriginId: site
  ViewerProtocolPolicy: redirect-to-https
  CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6          # CachingOptimized, instead of ForwardedValues
  OriginRequestPolicyId: 216adef6-5c7f-47e4-b989-5492eafa07d3  # AllViewer: headers still reach the origin`,
    terraform: `default_cache_behavior {
  target_origin_id         = "site"
  viewer_protocol_policy   = "redirect-to-https"
  cache_policy_id          = "658327ea-f89d-4fab-a63d-7e88639e58f6" # CachingOptimized, instead of forwarded_values
  origin_request_policy_id = "216adef6-5c7f-47e4-b989-5492eafa07d3" # AllViewer: headers still reach the origin
  # ...
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const distribution of model.of('aws.cloudfront.distribution')) {
      for (const behavior of distribution.behaviors) {
        const headers = behavior.forwardedHeaders;
        if (headers.state !== 'known' || !headers.value.includes('*')) continue;
        report(distribution, headers.at, 'allHeaders', { property: propertyName(headers, 'Headers'), behavior: behaviorName(behavior), distribution: distribution.name });
      }
    }
  },
});
