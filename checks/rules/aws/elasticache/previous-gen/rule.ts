import { defineRule } from '../../../rule.ts';
import { isPreviousGeneration } from '../../instance-types.ts';
import { describe } from '../describe.ts';

export default defineRule({
  id: 'AWS-ELASTICACHE-PREVIOUS-GEN',
  title: 'ElastiCache clusters run on current-generation node types',
  problem: 'ElastiCache cluster runs on a previous-generation node type',
  pillar: 'performance',
  severity: 'medium',
  rationale:
    'Previous-generation node types such as cache.m3, cache.r3 and cache.t1 run on older hardware with less memory, memory bandwidth and network throughput than current types, at a higher price per GiB of memory. Newer engine versions and features are often not offered on them.',
  guide: 'current-generation-instances',
  reads: ['aws.elasticache.cluster'],
  messages: {
    previous: '{cache} uses {nodeType}, a previous-generation node type',
  },
  fix: {
    cloudformation: `Type: AWS::ElastiCache::ReplicationGroup
Properties:
  CacheNodeType: cache.r7g.large   # was cache.r3.large`,
    terraform: `resource "aws_elasticache_replication_group" "this" {
  node_type = "cache.r7g.large"
}`,
  },
  equivalents: { cfn_lint: ['I3100'] },

  check(model, report) {
    for (const cache of model.of('aws.elasticache.cluster')) {
      const nodeType = cache.nodeType;
      if (nodeType.state === 'known' && isPreviousGeneration('elasticache', nodeType.value)) report(cache, nodeType.at, 'previous', { cache: describe(cache), nodeType: nodeType.value });
    }
  },
});
