import { effective } from '../../../../model/types.ts';
import type { CacheCluster } from '../../../../model/aws/data.ts';
import { defineRule } from '../../../rule.ts';
import { describe } from '../describe.ts';

function message(cache: CacheCluster): string {
  const absent = cache.multiAz.state === 'absent';
  if (cache.replicationGroup)
    return absent ? `${describe(cache)} does not set MultiAZEnabled, so it does not fail over to another zone (the default is false)` : `MultiAZEnabled is false on ${describe(cache)}`;
  if (cache.engine.state === 'known' && cache.engine.value === 'memcached')
    return absent ? `${describe(cache)} keeps every node in one Availability Zone (AZMode defaults to single-az)` : `AZMode is single-az on ${describe(cache)}`;
  return `${describe(cache)} is a single ${cache.engine.state === 'known' ? cache.engine.value : 'cache'} node with no replica to fail over to; use a replication group with MultiAZEnabled`;
}

export default defineRule({
  id: 'AWS-ELASTICACHE-MULTI-AZ',
  title: 'ElastiCache clusters survive the loss of an Availability Zone',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'A cache that lives in one Availability Zone disappears with it, and the sudden flood of cache misses can take the database behind it down too. Redis OSS and Valkey replication groups with Multi-AZ promote a replica in another zone automatically; Memcached clusters should spread their nodes across zones so losing one zone loses only part of the cache.',
  guide: 'deploy-across-availability-zones',
  reads: ['aws.elasticache.cluster'],
  fix: {
    cloudformation: `Type: AWS::ElastiCache::ReplicationGroup
Properties:
  MultiAZEnabled: true
  AutomaticFailoverEnabled: true
  NumCacheClusters: 2              # a primary and at least one replica
# Memcached (AWS::ElastiCache::CacheCluster): AZMode: cross-az with NumCacheNodes >= 2`,
    terraform: `resource "aws_elasticache_replication_group" "this" {
  multi_az_enabled           = true
  automatic_failover_enabled = true
  num_cache_clusters         = 2
}`,
  },
  equivalents: { kics: ['cfdef2e5-1fe4-4ef4-bea8-c56e08963150'] },

  check(model, report) {
    for (const cache of model.of('aws.elasticache.cluster'))
      if (effective(cache.multiAz, false) === false) report(cache, cache.multiAz.at, message(cache));
  },
});
