/** AWS::RDS::DBInstance and AWS::RDS::DBCluster: Aurora clusters, their member instances, standalone instances and Multi-AZ DB clusters. */
import type { RdsCluster, RdsInstance, RdsOperationalSettings, SecretSource } from '../../model/aws/data.ts';
import { absent, isKnown, known, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import type { Node } from '../../parse/tree.ts';
import { scalarText } from '../../parse/tree.ts';
import { retainOnDelete } from '../common.ts';
import { knownText, type EvalContext } from '../evaluate.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, lowerCased, number, referencedResource, text, type ResourceReader } from '../read.ts';
import { subPlaceholders } from '../references.ts';

const secretReference = /\{\{resolve:(secretsmanager|ssm-secure):/;
/** A plain (String) SSM parameter: readable by anyone who may read the parameter, so no better than a plain stack parameter. */
const plainSsmReference = /\{\{resolve:ssm:/;

function sourceOfText(value: string): SecretSource {
  if (secretReference.test(value)) return 'dynamic-reference';
  return plainSsmReference.test(value) ? 'parameter' : 'literal';
}

/** One password built from several parts is only as safe as its weakest part; a secret reference anywhere is the real source. */
function combine(sources: (SecretSource | undefined)[]): SecretSource {
  if (sources.includes('dynamic-reference')) return 'dynamic-reference';
  if (sources.includes('parameter')) return 'parameter';
  if (sources.includes(undefined) || sources.includes('unknown')) return 'unknown';
  if (sources.includes('secret-parameter')) return 'secret-parameter';
  return 'literal';
}

/**
 * Where a password comes from, judged from how it is written: a `Ref` to a parameter, a `Fn::Sub` or
 * `Fn::Join` of them, a dynamic reference, or literal text. `undefined` for other intrinsics.
 */
function sourceOfNode(node: Node, ctx: EvalContext): SecretSource | undefined {
  if (node.kind === 'scalar') return sourceOfText(node.text);
  if (node.kind !== 'map' || node.entries.length !== 1) return undefined;
  const { key, value } = node.entries[0]!;
  const parameterSource = (name: string): SecretSource => {
    const parameter = ctx.template.parameters.get(name);
    if (!parameter) return 'unknown';
    return parameter.noEcho ? 'secret-parameter' : 'parameter';
  };
  if (key === 'Ref') {
    const name = scalarText(value);
    return name !== undefined && ctx.template.parameters.has(name) ? parameterSource(name) : undefined;
  }
  if (key === 'Fn::Sub') {
    const template = scalarText(value.kind === 'seq' ? value.items[0] : value);
    if (template === undefined) return undefined;
    if (secretReference.test(template) || plainSsmReference.test(template)) return sourceOfText(template);
    const variables = value.kind === 'seq' && value.items[1]?.kind === 'map' ? value.items[1] : undefined;
    const placeholders = subPlaceholders(template);
    if (placeholders.length === 0) return 'literal';
    return combine(
      placeholders.map((name) => {
        const variable = variables?.entries.find((entry) => entry.key === name)?.value;
        return variable ? sourceOfNode(variable, ctx) : parameterSource(name);
      }),
    );
  }
  if (key === 'Fn::Join') {
    const parts = value.kind === 'seq' ? value.items[1] : undefined;
    if (parts?.kind !== 'seq') return undefined;
    return combine(parts.items.map((part) => sourceOfNode(part, ctx)));
  }
  return undefined;
}

function masterPasswordSource(reader: ResourceReader): Attr<SecretSource> {
  const managed = bool(reader.get('ManageMasterUserPassword'));
  if (isKnown(managed, true)) return known('managed', managed.at);
  const password = reader.get('MasterUserPassword');
  const value = password.value;
  // No password: restored from a snapshot, a replica, or a cluster member (the cluster holds it).
  if (!value) return managed.state === 'unknown' ? unknownAttr(managed.at) : known('none', password.at);
  const resolved = knownText(value);
  if (resolved !== undefined && secretReference.test(resolved)) return known('dynamic-reference', password.at);
  const written = sourceOfNode(value.node, reader.ctx);
  if (written !== undefined && written !== 'unknown') return known(written, password.at);
  if (value.kind === 'scalar') return known(value.via ?? 'literal', password.at);
  return unknownAttr(password.at);
}

const isWritten = (reader: ResourceReader, property: string) => reader.get(property).value !== undefined;

/**
 * `StorageEncrypted`, except that a database created from a snapshot, a backup or another database
 * inherits encryption from its source when the template leaves it out.
 */
function storageEncryption(reader: ResourceReader, inherits: boolean): Attr<boolean> {
  const encrypted = bool(reader.get('StorageEncrypted'));
  return encrypted.state === 'absent' && inherits ? unknownAttr(encrypted.at) : encrypted;
}

/**
 * Monitoring, IAM authentication, version, port and storage autoscaling; `MaxAllocatedStorage` exists on instances only.
 * A database restored from a snapshot or backup keeps its source's port unless one is written, so an unwritten port is
 * unknown there, not the engine's default.
 */
function operationalSettings(reader: ResourceReader, instance: boolean, restored: boolean): RdsOperationalSettings {
  const port = number(reader.get('Port'));
  return {
    monitoringInterval: number(reader.get('MonitoringInterval')),
    iamAuthentication: bool(reader.get('EnableIAMDatabaseAuthentication')),
    engineVersion: text(reader.get('EngineVersion')),
    port: restored && port.state === 'absent' ? unknownAttr(port.at) : port,
    maxAllocatedStorage: instance ? number(reader.get('MaxAllocatedStorage')) : absent(reader.place),
  };
}

function buildInstance(reader: ResourceReader, base: ResourceBase): RdsInstance {
  const clusterMember = isWritten(reader, 'DBClusterIdentifier');
  // SourceDBInstanceIdentifier with a restore time is a point-in-time restore, not a replica.
  const pointInTimeRestore = isWritten(reader, 'RestoreTime') || isWritten(reader, 'UseLatestRestorableTime');
  const readReplica = !pointInTimeRestore && (isWritten(reader, 'SourceDBInstanceIdentifier') || isWritten(reader, 'SourceDBClusterIdentifier'));
  const restored =
    pointInTimeRestore || ['DBSnapshotIdentifier', 'DBClusterSnapshotIdentifier', 'SourceDBInstanceAutomatedBackupsArn', 'SourceDbiResourceId'].some((property) => isWritten(reader, property));
  return {
    ...base,
    kind: 'aws.rds.instance',
    engine: lowerCased(text(reader.get('Engine'))),
    storageEncrypted: storageEncryption(reader, readReplica || restored),
    backupRetentionDays: number(reader.get('BackupRetentionPeriod')),
    deletionProtection: bool(reader.get('DeletionProtection')),
    masterPasswordSource: masterPasswordSource(reader),
    // CloudFormation snapshots a standalone instance before deleting it; a cluster member's data lives on the cluster.
    retainOnDelete: retainOnDelete(reader, !clusterMember),
    deletionControl: 'policy',
    readReplica,
    clusterMember,
    instanceClass: text(reader.get('DBInstanceClass')),
    publiclyAccessible: bool(reader.get('PubliclyAccessible')),
    multiAz: bool(reader.get('MultiAZ')),
    storageType: lowerCased(text(reader.get('StorageType'))),
    performanceInsights: bool(reader.get('EnablePerformanceInsights')),
    autoMinorVersionUpgrade: bool(reader.get('AutoMinorVersionUpgrade')),
    cluster: referencedResource(reader.get('DBClusterIdentifier')),
    ...operationalSettings(reader, true, restored),
    // Both set in rds-connections.ts, once proxies and parameter groups are known.
    behindProxy: false,
    maxConnections: absent(reader.place),
  };
}

function buildCluster(reader: ResourceReader, base: ResourceBase): RdsCluster {
  const engine = lowerCased(text(reader.get('Engine')));
  const engineMode = text(reader.get('EngineMode'));
  const instanceClass = text(reader.get('DBClusterInstanceClass'));
  const readReplica = isWritten(reader, 'ReplicationSourceIdentifier');
  const restored = ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'GlobalClusterIdentifier'].some((property) => isWritten(reader, property));
  // Aurora Serverless v1 always encrypts its cluster volume; encryption cannot be turned off.
  const storageEncrypted = isKnown(engineMode, 'serverless') ? known(true, engineMode.at) : storageEncryption(reader, readReplica || restored);
  return {
    ...base,
    kind: 'aws.rds.cluster',
    engine,
    storageEncrypted,
    backupRetentionDays: number(reader.get('BackupRetentionPeriod')),
    deletionProtection: bool(reader.get('DeletionProtection')),
    masterPasswordSource: masterPasswordSource(reader),
    retainOnDelete: retainOnDelete(reader, true),
    deletionControl: 'policy',
    readReplica,
    multiAzDbCluster: instanceClass.state !== 'absent' || (engine.state === 'known' && !engine.value.startsWith('aurora')),
    instanceClass,
    publiclyAccessible: bool(reader.get('PubliclyAccessible')),
    performanceInsights: bool(reader.get('PerformanceInsightsEnabled')),
    autoMinorVersionUpgrade: bool(reader.get('AutoMinorVersionUpgrade')),
    ...operationalSettings(reader, false, restored),
    behindProxy: false,
    maxConnections: absent(reader.place),
  };
}

const rds: CfnMapper = {
  types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  kinds: ['aws.rds.instance', 'aws.rds.cluster'],

  build(reader, base) {
    if (reader.resource.type === 'AWS::RDS::DBInstance') return buildInstance(reader, base);
    if (reader.resource.type === 'AWS::RDS::DBCluster') return buildCluster(reader, base);
    return undefined;
  },

  link(reader, links) {
    if (reader.resource.type !== 'AWS::RDS::DBInstance') return;
    const instance = links.resource(reader.resource.logicalId);
    if (instance?.kind !== 'aws.rds.instance' || !instance.clusterMember) return;
    const clusterId = referencedResource(reader.get('DBClusterIdentifier'));
    const cluster = clusterId ? links.resource(clusterId) : undefined;
    if (cluster?.kind !== 'aws.rds.cluster') return;
    // Performance Insights turned on for the whole cluster covers the member that says nothing itself.
    if (instance.performanceInsights.state === 'absent' && isKnown(cluster.performanceInsights, true)) instance.performanceInsights = cluster.performanceInsights;
    // So does Enhanced Monitoring set on the cluster.
    if (instance.monitoringInterval.state === 'absent' && cluster.monitoringInterval.state !== 'absent') instance.monitoringInterval = cluster.monitoringInterval;
  },
};
export default rds;
