import { effective } from '../../../../model/types.ts';
import type { CacheCluster } from '../../../../model/aws/data.ts';
import { propertyName } from '../../../message.ts';
import { defineRule, type Report } from '../../../rule.ts';
import { describe } from '../describe.ts';

const rule = defineRule({
  id: 'AWS-ELASTICACHE-MULTI-AZ',
  title: 'ElastiCache clusters survive the loss of an Availability Zone',
  problem: 'ElastiCache cluster does not survive the loss of an Availability Zone',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'A cache that lives in one Availability Zone disappears with it, and the sudden flood of cache misses can take the database behind it down too. Redis OSS and Valkey replication groups with Multi-AZ promote a replica in another zone automatically; Memcached clusters should spread their nodes across zones so losing one zone loses only part of the cache.',
  guide: 'deploy-across-availability-zones',
  reads: ['aws.elasticache.cluster'],
  messages: {
    groupNotSet: '{cache} does not set {property}, so it does not fail over to another zone (the default is `false`)',
    groupOff: '{property} is `false` on {cache}',
    memcachedNotSet: '{cache} keeps every node in one Availability Zone ({property} defaults to `single-az`)',
    memcachedSingle: '{property} is `single-az` on {cache}',
    singleNode: '{cache} is a single {engine} node with no replica to fail over to; use a replication group with {property}',
    singleCacheNode: '{cache} is a single cache node with no replica to fail over to; use a replication group with {property}',
  },
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
    for (const cache of model.of('aws.elasticache.cluster')) {
      if (effective(cache.multiAz, false) !== false) continue;
      // Automatic failover already promotes a replica when the primary (or its zone) fails, and ElastiCache spreads
      // a group's nodes over zones unless told otherwise; only an explicit MultiAZEnabled false is a choice to report.
      if (cache.multiAz.state === 'absent' && cache.automaticFailover.state === 'known' && cache.automaticFailover.value) continue;
      reportSingleZone(cache, report);
    }
  },
});

/** Replication groups fail over with MultiAZEnabled, Memcached spreads nodes with AZMode, a lone Redis node cannot. */
function reportSingleZone(cache: CacheCluster, report: Report<(typeof rule)['messages']>): void {
  const absent = cache.multiAz.state === 'absent';
  const at = cache.multiAz.at;
  const memcached = cache.engine.state === 'known' && cache.engine.value === 'memcached';
  // A lone Redis or Valkey node's attribute names the replication group setting that would fail over.
  const params = { cache: describe(cache), property: propertyName(cache.multiAz, memcached ? 'AZMode' : 'MultiAZEnabled') };
  if (cache.replicationGroup) report(cache, at, absent ? 'groupNotSet' : 'groupOff', params);
  else if (memcached) report(cache, at, absent ? 'memcachedNotSet' : 'memcachedSingle', params);
  else if (cache.engine.state === 'known') report(cache, at, 'singleNode', { ...params, engine: cache.engine.value });
  else report(cache, at, 'singleCacheNode', params);
}

export default rule;
