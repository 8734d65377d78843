/** Names an ElastiCache resource in messages: `replication group Sessions` or `cache cluster Sessions`. */
import type { CacheCluster } from '../../../model/aws/data.ts';
import type { Phrase } from '../../message.ts';
import { phrase } from '../phrases.ts';

export function describe(cache: CacheCluster): Phrase {
  return phrase(cache.replicationGroup ? 'replicationGroup' : 'cacheCluster', { name: cache.name });
}
