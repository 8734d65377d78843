/** Names an ElastiCache resource in messages. */
import type { CacheCluster } from '../../../model/aws/data.ts';

export function describe(cache: CacheCluster): string {
  return `${cache.replicationGroup ? 'replication group' : 'cache cluster'} ${cache.name}`;
}
