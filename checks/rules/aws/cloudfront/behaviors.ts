/** How findings name a cache behavior: the default one, or the one for a path pattern. */
import type { CloudFrontCacheBehavior } from '../../../model/aws/network.ts';
import type { Phrase } from '../../message.ts';
import { phrase } from '../phrases.ts';

export function behaviorName(behavior: CloudFrontCacheBehavior): Phrase {
  return behavior.pathPattern === undefined ? phrase('defaultCacheBehavior') : phrase('cacheBehavior', { path: behavior.pathPattern });
}
