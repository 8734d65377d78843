/**
 * `aws_db_instance`, `aws_rds_cluster` and `aws_rds_cluster_instance`, with what limits their connections: a
 * proxy target (`aws_db_proxy_target`) and `max_connections` in a parameter group of the project.
 */
import type { RdsCluster, RdsInstance, RdsOperationalSettings, SecretSource } from '../../../model/aws/data.ts';
import { absent, isKnown, known, unknownAttr, type Attr, type ResourceBase } from '../../../model/types.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, lowerCased, number, referencedResource, text } from '../../../read/convert.ts';
import { finalSnapshotKept, literalText } from '../common.ts';
import type { TfReader } from '../reader.ts';

/**
 * Where the master password comes from: `password`/`password_wo` on an instance, `master_password`/
 * `master_password_wo` on a cluster. Only a password written as literal text is known to be exposed (a write-only
 * argument keeps it out of the state, not out of the file): a variable may be fed from a secret store at apply
 * time, so it stays unknown rather than raise an alarm on a guess.
 */
function masterPasswordSource(reader: TfReader, argument: 'password' | 'master_password'): Attr<SecretSource> {
  const managed = bool(reader.get('manage_master_user_password'));
  if (isKnown(managed, true)) return known('managed', managed.at, managed.property);
  const readWrite = reader.get(argument);
  const writeOnly = reader.get(`${argument}_wo`);
  const password = readWrite.value === undefined ? writeOnly : readWrite;
  if (password.value === undefined) return managed.state === 'unknown' ? unknownAttr(managed.at) : known('none', readWrite.at, readWrite.property);
  if (literalText(reader, password) !== undefined) return known('literal', password.at, password.property);
  return password === writeOnly ? known('secret-parameter', password.at, password.property) : unknownAttr(password.at, password.property);
}

/** A database created from a snapshot or another database inherits encryption from its source when the setting is left out. */
function storageEncryption(reader: TfReader, inherits: boolean): Attr<boolean> {
  const encrypted = bool(reader.get('storage_encrypted'));
  return encrypted.state === 'absent' && inherits ? unknownAttr(encrypted.at, encrypted.property) : encrypted;
}

/**
 * Monitoring, IAM authentication, version, port and storage autoscaling. A cluster member takes all but monitoring
 * from its cluster; `max_allocated_storage` exists on `aws_db_instance` only.
 */
function operationalSettings(reader: TfReader, type: 'instance' | 'member' | 'cluster', restored = false): RdsOperationalSettings {
  const own = type !== 'member';
  // Restored from a snapshot or backup, a database keeps its source's port unless one is written.
  const port = number(reader.get('port'));
  return {
    monitoringInterval: number(reader.get('monitoring_interval')),
    iamAuthentication: own ? bool(reader.get('iam_database_authentication_enabled')) : absent(reader.place),
    engineVersion: own ? text(reader.get('engine_version')) : absent(reader.place),
    port: !own ? absent(reader.place) : restored && port.state === 'absent' ? unknownAttr(port.at) : port,
    maxAllocatedStorage: type === 'instance' ? number(reader.get('max_allocated_storage')) : absent(reader.place),
  };
}

function buildInstance(reader: TfReader, base: ResourceBase): RdsInstance {
  const readReplica = reader.isSet('replicate_source_db');
  const restored = reader.isSet('snapshot_identifier') || reader.isSet('restore_to_point_in_time') || reader.isSet('s3_import');
  return {
    ...base,
    kind: 'aws.rds.instance',
    engine: lowerCased(text(reader.get('engine'))),
    storageEncrypted: storageEncryption(reader, readReplica || restored),
    backupRetentionDays: number(reader.get('backup_retention_period')),
    deletionProtection: bool(reader.get('deletion_protection')),
    masterPasswordSource: masterPasswordSource(reader, 'password'),
    // Terraform deletes without a snapshot unless told otherwise; prevent_destroy or a final snapshot keeps the data.
    retainOnDelete: finalSnapshotKept(reader),
    deletionControl: 'guard',
    readReplica,
    clusterMember: false,
    instanceClass: text(reader.get('instance_class')),
    publiclyAccessible: bool(reader.get('publicly_accessible')),
    multiAz: bool(reader.get('multi_az')),
    storageType: lowerCased(text(reader.get('storage_type'))),
    performanceInsights: bool(reader.get('performance_insights_enabled')),
    autoMinorVersionUpgrade: bool(reader.get('auto_minor_version_upgrade')),
    cluster: undefined,
    ...operationalSettings(reader, 'instance', restored),
    behindProxy: false,
    maxConnections: absent(reader.place),
  };
}

/** `aws_rds_cluster_instance`: an Aurora member; storage, backups and passwords are the cluster's. */
function buildClusterInstance(reader: TfReader, base: ResourceBase): RdsInstance {
  const unset = absent<never>(reader.place);
  return {
    ...base,
    kind: 'aws.rds.instance',
    engine: lowerCased(text(reader.get('engine'))),
    storageEncrypted: unset,
    backupRetentionDays: unset,
    deletionProtection: unset,
    masterPasswordSource: known('none', reader.place),
    retainOnDelete: known(true, reader.place),
    deletionControl: 'guard',
    readReplica: false,
    clusterMember: true,
    instanceClass: text(reader.get('instance_class')),
    publiclyAccessible: bool(reader.get('publicly_accessible')),
    multiAz: unset,
    storageType: unset,
    performanceInsights: bool(reader.get('performance_insights_enabled')),
    autoMinorVersionUpgrade: bool(reader.get('auto_minor_version_upgrade')),
    cluster: referencedResource(reader.get('cluster_identifier')),
    ...operationalSettings(reader, 'member'),
    behindProxy: false,
    maxConnections: absent(reader.place),
  };
}

function buildCluster(reader: TfReader, base: ResourceBase): RdsCluster {
  const engine = lowerCased(text(reader.get('engine')));
  const engineMode = text(reader.get('engine_mode'));
  const instanceClass = text(reader.get('db_cluster_instance_class'));
  const readReplica = reader.isSet('replication_source_identifier');
  const restored = reader.isSet('snapshot_identifier') || reader.isSet('restore_to_point_in_time') || reader.isSet('global_cluster_identifier');
  // Aurora Serverless v1 always encrypts its cluster volume.
  const storageEncrypted = isKnown(engineMode, 'serverless') ? known(true, engineMode.at, engineMode.property) : storageEncryption(reader, readReplica || restored);
  return {
    ...base,
    kind: 'aws.rds.cluster',
    engine,
    storageEncrypted,
    backupRetentionDays: number(reader.get('backup_retention_period')),
    deletionProtection: bool(reader.get('deletion_protection')),
    masterPasswordSource: masterPasswordSource(reader, 'master_password'),
    retainOnDelete: finalSnapshotKept(reader),
    deletionControl: 'guard',
    readReplica,
    // The provider's default engine is aurora (MySQL-compatible).
    multiAzDbCluster: instanceClass.state !== 'absent' || (engine.state === 'known' && !engine.value.startsWith('aurora')),
    instanceClass,
    // The provider has no `publicly_accessible` for clusters: a Multi-AZ DB cluster is private unless made public elsewhere.
    publiclyAccessible: absent(reader.place),
    performanceInsights: bool(reader.get('performance_insights_enabled')),
    autoMinorVersionUpgrade: bool(reader.get('auto_minor_version_upgrade')),
    ...operationalSettings(reader, 'cluster', restored),
    behindProxy: false,
    maxConnections: absent(reader.place),
  };
}

/** `max_connections` written as a number in the parameter group a database names. */
function maxConnectionsOf(reader: TfReader, links: Links<TfReader>, property: string): Attr<number> | undefined {
  const address = referencedResource(reader.get(property));
  const group = address ? links.reader(address) : undefined;
  if (!group) return undefined;
  for (const parameter of group.blocks(group.get('parameter'))) {
    const name = text(group.field(parameter, 'name'));
    if (isKnown(name, 'max_connections')) return number(group.field(parameter, 'value'));
  }
  return undefined;
}

const rds: Mapper<TfReader> = {
  types: ['aws_db_instance', 'aws_rds_cluster', 'aws_rds_cluster_instance', 'aws_db_proxy_target'],
  kinds: ['aws.rds.instance', 'aws.rds.cluster'],

  build(reader, base) {
    switch (reader.resource.type) {
      case 'aws_db_instance':
        return buildInstance(reader, base);
      case 'aws_rds_cluster_instance':
        return buildClusterInstance(reader, base);
      case 'aws_rds_cluster':
        return buildCluster(reader, base);
      default:
        return undefined;
    }
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'aws_db_proxy_target') {
      for (const property of ['db_instance_identifier', 'db_cluster_identifier']) {
        const target = links.resource(referencedResource(reader.get(property)) ?? '');
        if (target?.kind === 'aws.rds.instance' || target?.kind === 'aws.rds.cluster') target.behindProxy = true;
      }
      return;
    }
    const database = links.resource(reader.resource.address);
    if (database?.kind === 'aws.rds.instance' && database.clusterMember) {
      const cluster = database.cluster ? links.resource(database.cluster) : undefined;
      // Performance Insights turned on for the whole cluster covers the member that says nothing itself.
      if (cluster?.kind === 'aws.rds.cluster' && database.performanceInsights.state === 'absent' && isKnown(cluster.performanceInsights, true)) {
        database.performanceInsights = cluster.performanceInsights;
      }
      // So does Enhanced Monitoring set on the cluster.
      if (cluster?.kind === 'aws.rds.cluster' && database.monitoringInterval.state === 'absent' && cluster.monitoringInterval.state !== 'absent') {
        database.monitoringInterval = cluster.monitoringInterval;
      }
      // A member runs its cluster's engine (the API refuses any other), usually written `engine = aws_rds_cluster.x.engine`.
      if (cluster?.kind === 'aws.rds.cluster' && database.engine.state !== 'known' && cluster.engine.state === 'known') database.engine = cluster.engine;
    }
    if (database?.kind !== 'aws.rds.instance' && database?.kind !== 'aws.rds.cluster') return;
    const own = maxConnectionsOf(reader, links, type === 'aws_db_instance' ? 'parameter_group_name' : type === 'aws_rds_cluster' ? 'db_cluster_parameter_group_name' : 'db_parameter_group_name');
    if (own) database.maxConnections = own;
  },
};
export default rds;
