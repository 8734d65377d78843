import { defineRule } from '../../../rule.ts';
import { gravitonAlternative } from '../../instance-types.ts';
import { describe } from '../describe.ts';

export default defineRule({
  id: 'AWS-ELASTICACHE-GRAVITON',
  title: 'ElastiCache clusters use Graviton node types',
  problem: 'ElastiCache cluster uses an x86 node type where a Graviton type would do',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'Graviton (arm64) node types run Valkey, Redis OSS and Memcached with better price-performance than the x86 types they replace and use less energy for the same work. ElastiCache manages the engine, so moving is a node type change applied by a scaling operation, with no code change.',
  guide: 'graviton-compute',
  reads: ['aws.elasticache.cluster'],
  messages: {
    x86: '{cache} uses {nodeType}; consider the Graviton node type {alternative}',
  },
  fix: {
    cloudformation: `Type: AWS::ElastiCache::ReplicationGroup
Properties:
  CacheNodeType: cache.m7g.large   # was cache.m5.large`,
    terraform: `resource "aws_elasticache_replication_group" "this" {
  node_type = "cache.m7g.large"
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const cache of model.of('aws.elasticache.cluster')) {
      const nodeType = cache.nodeType;
      if (nodeType.state !== 'known') continue;
      const alternative = gravitonAlternative('elasticache', nodeType.value);
      if (alternative) report(cache, nodeType.at, 'x86', { cache: describe(cache), nodeType: nodeType.value, alternative });
    }
  },
});
