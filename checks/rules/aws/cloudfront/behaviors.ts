/** How findings name a cache behavior: the default one, or the one for a path pattern. */
import type { CloudFrontCacheBehavior } from '../../../model/aws/network.ts';

export function behaviorName(behavior: CloudFrontCacheBehavior): string {
  return behavior.pathPattern === undefined ? 'the default cache behavior' : `the cache behavior for ${behavior.pathPattern}`;
}
