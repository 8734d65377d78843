import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { describe } from '../describe.ts';

export default defineRule({
  id: 'AWS-ELASTICACHE-TRANSIT-ENCRYPTION',
  title: 'ElastiCache clusters encrypt data in transit',
  problem: 'ElastiCache cluster does not encrypt data in transit',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'Without in-transit encryption, cached data, commands and AUTH tokens cross the network in clear text between clients and nodes and between replicas, where anything on the path can read or alter them. TLS is off unless enabled, and on Redis OSS and Valkey it is also what makes AUTH and role-based access control meaningful.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.elasticache.cluster'],
  messages: {
    notSet: '{cache} does not set {property}, so traffic is unencrypted (the default is `false`)',
    off: '{property} is `false` on {cache}',
  },
  fix: {
    cloudformation: `Type: AWS::ElastiCache::ReplicationGroup
Properties:
  TransitEncryptionEnabled: true
  AtRestEncryptionEnabled: true
# Memcached 1.6.12+: AWS::ElastiCache::CacheCluster accepts TransitEncryptionEnabled: true`,
    terraform: `resource "aws_elasticache_replication_group" "this" {
  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
}`,
  },
  equivalents: {
    checkov: ['CKV_AWS_30'],
    trivy: ['AVD-AWS-0051'],
    kics: ['3b02569b-fc6f-4153-b3a3-ba91022fed68'],
    cfn_nag: ['F33'],
  },

  check(model, report) {
    for (const cache of model.of('aws.elasticache.cluster')) {
      const encryption = cache.transitEncryption;
      if (effective(encryption, false) !== false) continue;
      report(cache, encryption.at, encryption.state === 'absent' ? 'notSet' : 'off', { cache: describe(cache), property: propertyName(encryption, 'TransitEncryptionEnabled') });
    }
  },
});
