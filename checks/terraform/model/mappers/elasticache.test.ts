import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

const caches = (text: string) => resourcesOf(text, 'aws.elasticache.cluster');

describe('aws_elasticache_replication_group', () => {
  it('reads the engine, node type, transit encryption and Multi-AZ, pointing at each setting', () => {
    const sessions = caches(`resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Sessions"
  engine                     = "Valkey"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
  automatic_failover_enabled = true
  multi_az_enabled           = false
}
`).get('aws_elasticache_replication_group.sessions')!;
    expect(sessions.replicationGroup).toBe(true);
    expect(value(sessions.engine)).toBe('valkey');
    expect(where(sessions.nodeType)).toEqual({ value: 'cache.r7g.large', line: 5, property: 'node_type' });
    expect(where(sessions.transitEncryption)).toEqual({ value: true, line: 6, property: 'transit_encryption_enabled' });
    expect(where(sessions.multiAz)).toEqual({ value: false, line: 8, property: 'multi_az_enabled' });
  });

  it('leaves what a global datastore secondary inherits unknown', () => {
    const secondary = caches(`resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "secondary"
  description                 = "Second region"
  global_replication_group_id = "ldgnf-sessions"
}
`).get('aws_elasticache_replication_group.secondary')!;
    expect(value(secondary.transitEncryption)).toBe('unknown');
    expect(value(secondary.multiAz)).toBe('unknown');
  });
});

describe('aws_elasticache_cluster', () => {
  it('spreads Memcached over zones only in cross-az mode', () => {
    const all = caches(`resource "aws_elasticache_cluster" "spread" {
  cluster_id = "spread"
  engine     = "memcached"
  az_mode    = "cross-az"
}

resource "aws_elasticache_cluster" "single" {
  cluster_id = "single"
  engine     = "memcached"
}
`);
    expect(where(all.get('aws_elasticache_cluster.spread')!.multiAz)).toEqual({ value: true, line: 4, property: 'az_mode' });
    expect(where(all.get('aws_elasticache_cluster.single')!.multiAz)).toEqual({ value: 'absent', line: 7, property: 'az_mode' });
  });

  it('knows a single Redis node cannot fail over, and leaves out nodes of a replication group', () => {
    const all = caches(`resource "aws_elasticache_cluster" "limits" {
  cluster_id = "limits"
  engine     = "redis"
}

resource "aws_elasticache_cluster" "member" {
  cluster_id           = "member"
  replication_group_id = "sessions"
}
`);
    expect(all.get('aws_elasticache_cluster.limits')!.replicationGroup).toBe(false);
    expect(where(all.get('aws_elasticache_cluster.limits')!.multiAz)).toEqual({ value: false, line: 1, property: 'multi_az_enabled' });
    expect(all.has('aws_elasticache_cluster.member')).toBe(false);
  });
});

describe('access settings of a replication group (AWS-ELASTICACHE-AUTH, AWS-ELASTICACHE-AT-REST)', () => {
  it('reads encryption at rest, whether an AUTH token is written, and the RBAC user groups', () => {
    const all = caches(`resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Sessions"
  at_rest_encryption_enabled = false
  auth_token                 = var.auth_token
  user_group_ids             = ["app-users"]
}

resource "aws_elasticache_replication_group" "bare" {
  replication_group_id = "bare"
  description          = "Bare"
}
`);
    const sessions = all.get('aws_elasticache_replication_group.sessions')!.access;
    expect(where(sessions.atRestEncryption)).toEqual({ value: false, line: 4, property: 'at_rest_encryption_enabled' });
    // A variable with no default: written, its value known only at plan time.
    expect(value(sessions.authToken)).toBe('unknown');
    expect(where(sessions.userGroupIds)).toEqual({ value: ['app-users'], line: 6, property: 'user_group_ids' });
    const bare = all.get('aws_elasticache_replication_group.bare')!.access;
    expect([value(bare.atRestEncryption), value(bare.authToken), value(bare.userGroupIds)]).toEqual(['absent', 'absent', 'absent']);
  });
});
