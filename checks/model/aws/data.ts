/** Databases, caches, queues, topics, keys, logs and audit trails. */
import type { Attr, ResourceBase } from '../types.ts';

/** Where a database password comes from. */
export type SecretSource = 'literal' | 'parameter' | 'secret-parameter' | 'dynamic-reference' | 'managed' | 'unknown' | 'none';

interface DatabaseSettings {
  /** Lower-cased, e.g. `mysql`, `postgres`, `aurora-postgresql`. */
  engine: Attr<string>;
  storageEncrypted: Attr<boolean>;
  backupRetentionDays: Attr<number>;
  deletionProtection: Attr<boolean>;
  masterPasswordSource: Attr<SecretSource>;
  retainOnDelete: Attr<boolean>;
  /**
   * Replicates another database (a read replica, or a cluster replicating from another one): its data
   * is protected at the source, and storage encryption and credentials come from there.
   */
  readReplica: boolean;
}

export interface RdsInstance extends ResourceBase, DatabaseSettings {
  kind: 'aws.rds.instance';
  /** Part of an Aurora/Multi-AZ cluster: storage, backup and password settings live on the cluster. */
  clusterMember: boolean;
  instanceClass: Attr<string>;
  publiclyAccessible: Attr<boolean>;
  multiAz: Attr<boolean>;
  /** `gp2`, `gp3`, `io1`, `io2`, `standard`, `aurora`… (lower-cased) */
  storageType: Attr<string>;
  performanceInsights: Attr<boolean>;
  autoMinorVersionUpgrade: Attr<boolean>;
}

export interface RdsCluster extends ResourceBase, DatabaseSettings {
  kind: 'aws.rds.cluster';
  /**
   * A Multi-AZ DB cluster (MySQL or PostgreSQL, not Aurora): it runs its own instances, so the
   * instance settings below apply to it. Aurora clusters leave them to their member instances.
   */
  multiAzDbCluster: boolean;
  /** Instance class of a Multi-AZ DB cluster; absent for Aurora. */
  instanceClass: Attr<string>;
  publiclyAccessible: Attr<boolean>;
  performanceInsights: Attr<boolean>;
  autoMinorVersionUpgrade: Attr<boolean>;
}

export interface DynamoDbTable extends ResourceBase {
  kind: 'aws.dynamodb.table';
  /** `PROVISIONED` (default) or `PAY_PER_REQUEST`. */
  billingMode: Attr<string>;
  pointInTimeRecovery: Attr<boolean>;
  /**
   * Auto scaling configurations that scale the table: Application Auto Scaling targets in this
   * template, or a global table's built-in auto scaling settings.
   */
  autoScalingTargets: number;
  retainOnDelete: Attr<boolean>;
}

/** An ElastiCache replication group or single cache cluster. */
export interface CacheCluster extends ResourceBase {
  kind: 'aws.elasticache.cluster';
  /** Lower-cased: `redis` (the default for replication groups), `valkey` or `memcached`. */
  engine: Attr<string>;
  nodeType: Attr<string>;
  transitEncryption: Attr<boolean>;
  /**
   * Survives the loss of one Availability Zone: Multi-AZ with automatic failover for a Redis or
   * Valkey replication group, nodes spread across zones for Memcached. A standalone Redis or Valkey
   * node is known `false`, pointing at the resource.
   */
  multiAz: Attr<boolean>;
  /** `true` for a replication group; a standalone cache cluster cannot fail over. */
  replicationGroup: boolean;
}

export interface SqsQueue extends ResourceBase {
  kind: 'aws.sqs.queue';
  /** The name the queue declares; absent when the service generates one. */
  queueName: Attr<string>;
  /** A redrive policy sends messages that keep failing to a dead-letter queue. */
  redrivePolicy: Attr<boolean>;
  /** Another queue in this template names this one as its dead-letter queue. */
  isDeadLetterQueue: boolean;
}

export interface SnsTopic extends ResourceBase {
  kind: 'aws.sns.topic';
  kmsKey: Attr<string>;
}

export interface KmsKey extends ResourceBase {
  kind: 'aws.kms.key';
  rotation: Attr<boolean>;
  /** `SYMMETRIC_DEFAULT` (default) or an asymmetric/HMAC spec, which cannot rotate. */
  keySpec: Attr<string>;
  /** Where the key material lives: `AWS_KMS` (default); imported and custom-key-store material cannot rotate automatically. */
  keyMaterialOrigin: Attr<string>;
}

export interface LogGroup extends ResourceBase {
  kind: 'aws.logs.group';
  retentionDays: Attr<number>;
}

export interface CloudTrail extends ResourceBase {
  kind: 'aws.cloudtrail.trail';
  logFileValidation: Attr<boolean>;
  multiRegion: Attr<boolean>;
}
