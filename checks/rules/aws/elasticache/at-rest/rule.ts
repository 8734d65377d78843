import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { describe } from '../describe.ts';

export default defineRule({
  id: 'AWS-ELASTICACHE-AT-REST',
  title: 'ElastiCache replication groups encrypt data at rest',
  problem: 'ElastiCache replication group does not encrypt data at rest',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'Without encryption at rest, what a Redis OSS replication group writes to disk during sync, swap and backup operations, and the backups it keeps in Amazon S3, are stored unencrypted. The setting can only be chosen when the group is created and is off by default for Redis OSS, while Valkey groups and serverless caches are encrypted unless told otherwise; Memcached clusters do not offer it.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.elasticache.cluster'],
  messages: {
    notSet: '{cache} does not set {property}, so its disk and backups are unencrypted (the default for Redis OSS is `false`)',
    off: '{property} is `false` on {cache}',
  },
  fix: {
    cloudformation: `Type: AWS::ElastiCache::ReplicationGroup
Properties:
  AtRestEncryptionEnabled: true
  KmsKeyId: !Ref CacheKey   # optional: a customer managed key`,
    terraform: `resource "aws_elasticache_replication_group" "this" {
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn # optional
}`,
  },
  equivalents: {
    checkov: ['CKV_AWS_29'],
    trivy: ['AVD-AWS-0045'],
    kics: ['e4ee3903-9225-4b6a-bdfb-e62dbadef821'],
    cfn_nag: ['F25'],
  },

  check(model, report) {
    for (const cache of model.of('aws.elasticache.cluster')) {
      if (!cache.replicationGroup) continue;
      // Left out, it is on for Valkey and off for Redis OSS (the engine a replication group gets when none is named).
      const engine = cache.engine.state === 'absent' ? 'redis' : cache.engine.state === 'known' ? cache.engine.value : undefined;
      if (engine === undefined || engine === 'memcached') continue;
      const encryption = cache.access.atRestEncryption;
      if (effective(encryption, engine === 'valkey') !== false) continue;
      report(cache, encryption.at, encryption.state === 'absent' ? 'notSet' : 'off', { cache: describe(cache), property: propertyName(encryption, 'AtRestEncryptionEnabled') });
    }
  },
});
