import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { describe } from '../describe.ts';

export default defineRule({
  id: 'AWS-ELASTICACHE-AUTH',
  title: 'ElastiCache replication groups require clients to authenticate',
  problem: 'ElastiCache replication group lets clients connect without authenticating',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'A Redis OSS or Valkey replication group with neither an AUTH token nor role-based access control user groups runs every command, FLUSHALL and CONFIG included, for any client its security groups let in, so one compromised host in the VPC can read or wipe the cache. Both mechanisms need in-transit encryption; user groups also give each application its own user and command permissions, and tokens can be rotated without downtime.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.elasticache.cluster'],
  messages: {
    open: '{cache} sets neither {token} nor {groups}, so clients connect without authenticating',
  },
  fix: {
    cloudformation: `Type: AWS::ElastiCache::ReplicationGroup
Properties:
  TransitEncryptionEnabled: true          # AUTH and RBAC both require TLS
  UserGroupIds: [!Ref AppUserGroup]       # an AWS::ElastiCache::UserGroup
  # or a token kept in Secrets Manager:
  # AuthToken: "{{resolve:secretsmanager:cache-auth:SecretString:token}}"`,
    terraform: `resource "aws_elasticache_replication_group" "this" {
  transit_encryption_enabled = true # AUTH and RBAC both require TLS
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
  # or a token kept outside the configuration:
  # auth_token = data.aws_secretsmanager_secret_version.cache.secret_string
}`,
  },
  equivalents: { checkov: ['CKV_AWS_31'] },

  check(model, report) {
    for (const cache of model.of('aws.elasticache.cluster')) {
      // A standalone cluster has no AUTH or RBAC setting in either format; Memcached has neither.
      if (!cache.replicationGroup || (cache.engine.state === 'known' && cache.engine.value === 'memcached')) continue;
      const { authToken, userGroupIds } = cache.access;
      if (authToken.state !== 'absent') continue;
      if (userGroupIds.state === 'unknown' || (userGroupIds.state === 'known' && userGroupIds.value.length > 0)) continue;
      report(cache, authToken.at, 'open', { cache: describe(cache), token: propertyName(authToken, 'AuthToken'), groups: propertyName(userGroupIds, 'UserGroupIds') });
    }
  },
});
