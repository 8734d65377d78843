/** Databases, caches, queues, topics, keys, logs and audit trails. */
import type { Attr, KeepsData, Place, ResourceBase } from '../types.ts';
import type { PolicyDocument } from './iam.ts';

/** Where a database password comes from. */
export type SecretSource = 'literal' | 'parameter' | 'secret-parameter' | 'dynamic-reference' | 'managed' | 'unknown' | 'none';

/**
 * Any resource whose secret settings (a master password, an AUTH token, a secret's value) take the written default
 * of a secret input: a `NoEcho` or `sensitive` input, or one named as a secret. In the model only when there is one.
 */
export interface SecretInputDefaults extends ResourceBase {
  kind: 'aws.secret.input-defaults';
  defaults: SecretInputDefault[];
}

export interface SecretInputDefault {
  /** The secret setting fed, as the source spells it: `MasterUserPassword`, `master_password`. */
  property: string;
  /** The CloudFormation parameter or Terraform variable whose default it takes. */
  input: { kind: 'parameter' | 'variable'; name: string };
  /** The default as written: where a finding points. The value itself is never kept. */
  at: Place;
}

interface DatabaseSettings extends KeepsData {
  /** Lower-cased, e.g. `mysql`, `postgres`, `aurora-postgresql`. */
  engine: Attr<string>;
  storageEncrypted: Attr<boolean>;
  backupRetentionDays: Attr<number>;
  deletionProtection: Attr<boolean>;
  masterPasswordSource: Attr<SecretSource>;
  /**
   * Replicates another database (a read replica, or a cluster replicating from another one): its data
   * is protected at the source, and storage encryption and credentials come from there.
   */
  readReplica: boolean;
  /** An RDS Proxy target group in this stack pools connections in front of it. */
  behindProxy: boolean;
  /**
   * `max_connections` from a parameter group in this stack, when written as a number; absent when the engine's
   * default formula applies, unknown when it is another formula or known only at deploy time.
   */
  maxConnections: Attr<number>;
}

export interface RdsInstance extends ResourceBase, DatabaseSettings, RdsOperationalSettings {
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
  /** The logical id of the cluster in this stack it belongs to, when it names one by reference. */
  cluster: string | undefined;
}

export interface RdsCluster extends ResourceBase, DatabaseSettings, RdsOperationalSettings {
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

export interface DynamoDbTable extends ResourceBase, KeepsData {
  kind: 'aws.dynamodb.table';
  /** `PROVISIONED` (default) or `PAY_PER_REQUEST`. */
  billingMode: Attr<string>;
  pointInTimeRecovery: Attr<boolean>;
  /**
   * Auto scaling configurations that scale the table: Application Auto Scaling targets in this
   * template, or a global table's built-in auto scaling settings.
   */
  autoScalingTargets: number;
  /** Provisioned write capacity units (a global table: the write auto scaling minimum); absent on demand. */
  writeCapacity: Attr<number>;
  /** The highest `MaxCapacity` auto scaling may give writes; absent when nothing scales them. */
  writeAutoScalingMax: Attr<number>;
  /** On-demand cap `OnDemandThroughput.MaxWriteRequestUnits`; absent when uncapped (the table quota applies). */
  maxOnDemandWrites: Attr<number>;
  /** Pre-warmed writes per second (`WarmThroughput.WriteUnitsPerSecond`); absent when not set. */
  warmWrites: Attr<number>;
  /** Which parts of a provisioned table's capacity something scales, read by AWS-DYNAMODB-AUTOSCALING. */
  capacityScaling: DynamoDbCapacityScaling;
}

/**
 * Reads and writes of a table and of each global secondary index, each marked once an Application Auto Scaling
 * target (or a global table's own auto scaling settings) scales it. A target whose dimension or index cannot be
 * told marks every part it may scale, so doubt never raises a finding.
 */
export interface DynamoDbCapacityScaling {
  /** Where the table's own provisioned throughput is written (the properties when it is not). */
  at: Place;
  reads: boolean;
  writes: boolean;
  indexes: DynamoDbIndexScaling[];
}

export interface DynamoDbIndexScaling {
  /** `IndexName` / `name` as written. */
  name: string;
  at: Place;
  reads: boolean;
  writes: boolean;
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
  /** A replication group promotes a replica when its primary fails; absent for standalone clusters. */
  automaticFailover: Attr<boolean>;
  /** Who may connect, and what is encrypted on disk: replication groups only (absent for standalone clusters). */
  access: CacheAccessSettings;
}

/** AUTH, role-based access control and encryption at rest of a Redis OSS or Valkey replication group. */
export interface CacheAccessSettings {
  /** `AtRestEncryptionEnabled`; left out it is `true` for Valkey and `false` for Redis OSS. */
  atRestEncryption: Attr<boolean>;
  /** `AuthToken` is written (`true`, whatever its value); absent when not. */
  authToken: Attr<boolean>;
  /** `UserGroupIds`: role-based access control user groups; absent when not written. */
  userGroupIds: Attr<string[]>;
}

/** How consumers receive from a queue: what AWS-SQS-LONG-POLLING reads. */
export interface SqsReceiveSettings {
  /** `ReceiveMessageWaitTimeSeconds`; 0 (the default) means short polling unless a consumer asks to wait. */
  receiveWaitSeconds: Attr<number>;
  /** A Lambda event source mapping in this input polls the queue; Lambda's pollers long-poll whatever the queue says. */
  polledByLambda: boolean;
}

export interface SqsQueue extends ResourceBase, SqsReceiveSettings {
  kind: 'aws.sqs.queue';
  /** The name the queue declares; absent when the service generates one. */
  queueName: Attr<string>;
  /** A redrive policy sends messages that keep failing to a dead-letter queue. */
  redrivePolicy: Attr<boolean>;
  /** Another queue in this template names this one as its dead-letter queue. */
  isDeadLetterQueue: boolean;
  /** Queue policies that apply to this queue (its own `policy`, or policy resources linked to it). */
  queuePolicies: PolicyDocument[];
  /** `SqsManagedSseEnabled`; absent means on for queues created since 2022 (unless a KMS key is set). */
  sqsManagedSse: Attr<boolean>;
  /** `KmsMasterKeyId`: SSE with a KMS key. */
  sqsKmsKey: Attr<string>;
}

/** A CloudWatch metric alarm (single metric or metric math): what it watches and whether it tells anyone. */
export interface MetricAlarm extends ResourceBase {
  kind: 'aws.cloudwatch.alarm';
  /** Every metric the alarm reads; names and namespaces are undefined when computed at deploy time. */
  metrics: { namespace: string | undefined; metricName: string | undefined }[];
  /** Logical ids of resources of this stack its dimensions name. */
  subjects: string[];
  /** `AlarmActions` names at least one action (a topic, a scaling policy, …). */
  notifies: boolean;
}

/** AWS services that publish to a topic as themselves and cannot use the AWS managed key `alias/aws/sns`. */
export type ServicePublisher = 'cloudwatch' | 'events' | 's3';

export interface SnsTopic extends ResourceBase {
  kind: 'aws.sns.topic';
  kmsKey: Attr<string>;
  /** Topic policies that apply to this topic (its own `policy`, or policy resources linked to it). */
  topicPolicies: PolicyDocument[];
  /**
   * Resources of the input that make an AWS service publish to the topic: an alarm's actions, an EventBridge
   * rule's target, an S3 bucket's event notification. Filled by the link pass.
   */
  servicePublishers: { service: ServicePublisher; name: string }[];
}

export interface KmsKey extends ResourceBase {
  kind: 'aws.kms.key';
  rotation: Attr<boolean>;
  /** `SYMMETRIC_DEFAULT` (default) or an asymmetric/HMAC spec, which cannot rotate. */
  keySpec: Attr<string>;
  /** Where the key material lives: `AWS_KMS` (default); imported and custom-key-store material cannot rotate automatically. */
  keyMaterialOrigin: Attr<string>;
  /** The key policy as written; `undefined` when none is written and AWS applies the default (the account root). */
  keyPolicy: PolicyDocument | undefined;
}

export interface LogGroup extends ResourceBase {
  kind: 'aws.logs.group';
  retentionDays: Attr<number>;
  /** `LogGroupName`; absent when CloudFormation generates one. */
  groupName: Attr<string>;
  /** KMS key encrypting the log data; absent: CloudWatch Logs' own encryption. */
  kmsKey: Attr<string>;
}

export interface CloudTrail extends ResourceBase {
  kind: 'aws.cloudtrail.trail';
  logFileValidation: Attr<boolean>;
  multiRegion: Attr<boolean>;
  /** KMS key for SSE-KMS of the log files; absent: SSE-S3 only. */
  kmsKey: Attr<string>;
}

/** A Kinesis Data Firehose (Amazon Data Firehose) delivery stream. */
export interface FirehoseDeliveryStream extends ResourceBase {
  kind: 'aws.firehose.delivery-stream';
  /** Server-side encryption of the data the stream holds. */
  encryption: Attr<boolean>;
  /**
   * Reads from a Kinesis data stream (or may, when the source type is decided at deploy time): Firehose SSE cannot
   * be set then, and the stream's own encryption protects the data.
   */
  kinesisSource: boolean;
}

/**
 * RDS settings read by the data-batch rules (monitoring, IAM authentication, engine version, port, storage
 * autoscaling). Kept apart from the settings above so the mappers fill them in one place.
 */
export interface RdsOperationalSettings {
  /** Enhanced Monitoring interval in seconds; `0` (the default) turns it off. */
  monitoringInterval: Attr<number>;
  /** IAM database authentication (`EnableIAMDatabaseAuthentication`, `iam_database_authentication_enabled`). */
  iamAuthentication: Attr<boolean>;
  /** The engine version as written, e.g. `8.0.39`, `5.7.mysql_aurora.2.11.2`; absent when RDS picks its default. */
  engineVersion: Attr<string>;
  /** The port clients connect to; absent when the engine's default port applies. */
  port: Attr<number>;
  /** Upper limit for storage autoscaling in GiB; absent (or `0` in Terraform) when storage does not grow by itself. */
  maxAllocatedStorage: Attr<number>;
}

/** An Amazon DocumentDB (instance-based) cluster: its data, backups and audit log export. */
export interface DocDbCluster extends ResourceBase, KeepsData {
  kind: 'aws.docdb.cluster';
  storageEncrypted: Attr<boolean>;
  backupRetentionDays: Attr<number>;
  /** Log types exported to CloudWatch Logs (`audit`, `profiler`), lower-cased. */
  logExports: Attr<string[]>;
  /** Engine version as written, e.g. `5.0.0`; absent when the service's default (the latest) applies. */
  engineVersion: Attr<string>;
}

/** An Amazon OpenSearch Service domain, declared with the current or the legacy Elasticsearch resource type. */
export interface OpenSearchDomain extends ResourceBase, KeepsData {
  kind: 'aws.opensearch.domain';
  /** Declared as `AWS::Elasticsearch::Domain` or `aws_elasticsearch_domain`. */
  legacyType: boolean;
  /**
   * Engine and version as `OpenSearch_2.13` or `Elasticsearch_7.10` (the legacy types' bare `7.10` gains the
   * prefix); absent when the service default applies.
   */
  engineVersion: Attr<string>;
  encryptionAtRest: Attr<boolean>;
  nodeToNodeEncryption: Attr<boolean>;
  enforceHttps: Attr<boolean>;
  /** `Policy-Min-TLS-1-0-2019-07` (the default), `Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10`. */
  tlsSecurityPolicy: Attr<string>;
  /** Fine-grained access control (`AdvancedSecurityOptions`), which audit logs require. */
  fineGrainedAccessControl: Attr<boolean>;
  /** Error logs (`ES_APPLICATION_LOGS`) published to CloudWatch Logs; absent points at where they would be added. */
  applicationLogs: Attr<boolean>;
  /** Audit logs (`AUDIT_LOGS`) published to CloudWatch Logs. */
  auditLogs: Attr<boolean>;
  /** Data node instance type, e.g. `r6g.large.search`. */
  instanceType: Attr<string>;
  /** Number of data nodes (default 1). */
  instanceCount: Attr<number>;
  zoneAwareness: Attr<boolean>;
  dedicatedMaster: Attr<boolean>;
}

/** An instance of a DocumentDB cluster: its instance class, and the engine version of the cluster it joins. */
export interface DocDbInstance extends ResourceBase {
  kind: 'aws.docdb.instance';
  /** e.g. `db.r6g.large`. */
  instanceClass: Attr<string>;
  /** Its cluster's `engineVersion` when the instance names a cluster in the same source; absent otherwise. */
  clusterEngineVersion: Attr<string>;
}

/** A Secrets Manager secret and whether a rotation schedule of the stack targets it (the secrets batch). */
export interface SecretsManagerSecret extends ResourceBase {
  kind: 'aws.secretsmanager.secret';
  /** `Name` / `name` when written: a rotation schedule may name the secret by it. */
  secretName: Attr<string>;
  /**
   * A rotation schedule targets the secret (`AWS::SecretsManager::RotationSchedule`, `aws_secretsmanager_secret_rotation`):
   * known `false` at the secret when none does, unknown when a schedule names a secret this check cannot resolve.
   */
  rotation: Attr<boolean>;
}

/** An Athena workgroup: where its query results go, how they are encrypted, and whether clients may override that. */
export interface AthenaWorkGroup extends ResourceBase {
  kind: 'aws.athena.workgroup';
  /** The S3 location the workgroup sets for query results (`OutputLocation`); absent: each client names its own. */
  outputLocation: Attr<string>;
  /** Encryption of query results: `SSE_S3`, `SSE_KMS` or `CSE_KMS` (upper-cased); absent when none is set. */
  resultEncryption: Attr<string>;
  /** The workgroup's settings override the client's (`EnforceWorkGroupConfiguration`). */
  enforceConfiguration: Attr<boolean>;
}

/**
 * A Glue security configuration: how jobs, crawlers and development endpoints that name it encrypt what they write.
 * Each mode as written, upper-cased (`DISABLED`, `SSE-S3`, `SSE-KMS`, `CSE-KMS`); absent when not written, which
 * Glue treats as `DISABLED`.
 */
export interface GlueSecurityConfiguration extends ResourceBase {
  kind: 'aws.glue.security-configuration';
  /** Data written to Amazon S3 (`S3EncryptionMode`, `s3_encryption_mode`). */
  s3Encryption: Attr<string>;
  /** Logs written to CloudWatch Logs (`CloudWatchEncryptionMode`, `cloudwatch_encryption_mode`). */
  cloudWatchEncryption: Attr<string>;
  /** Job bookmark data (`JobBookmarksEncryptionMode`, `job_bookmarks_encryption_mode`). */
  jobBookmarksEncryption: Attr<string>;
}

/** A Glue job and the security configuration it names. */
export interface GlueJob extends ResourceBase {
  kind: 'aws.glue.job';
  /** The name of the security configuration (`SecurityConfiguration`, `security_configuration`); absent: none. */
  securityConfiguration: Attr<string>;
}

/** The account's Glue Data Catalog encryption settings (`AWS::Glue::DataCatalogEncryptionSettings`). */
export interface GlueCatalogEncryption extends ResourceBase {
  kind: 'aws.glue.catalog-encryption';
  /** `DISABLED`, `SSE-KMS` or `SSE-KMS-WITH-SERVICE-ROLE` (upper-cased): encryption of the catalog's metadata. */
  catalogEncryption: Attr<string>;
  /** Connection passwords stay encrypted in `GetConnection` and `GetConnections` responses. */
  connectionPasswordEncrypted: Attr<boolean>;
}
