/** AWS::DocDB::DBCluster: encryption, backups, exported logs and version of an instance-based DocumentDB cluster; AWS::DocDB::DBInstance: its class. */
import type { DocDbCluster, DocDbInstance } from '../../model/aws/data.ts';
import { absent, unknownAttr } from '../../model/types.ts';
import { retainOnDelete } from '../common.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, number, referencedResource, text, textList } from '../read.ts';

const docdb: CfnMapper = {
  types: ['AWS::DocDB::DBCluster', 'AWS::DocDB::DBInstance'],
  kinds: ['aws.docdb.cluster', 'aws.docdb.instance'],

  build(reader, base) {
    if (reader.resource.type === 'AWS::DocDB::DBInstance') {
      const instance: DocDbInstance = {
        ...base,
        kind: 'aws.docdb.instance',
        instanceClass: text(reader.get('DBInstanceClass')),
        clusterEngineVersion: absent(base.at),
      };
      return instance;
    }
    const encrypted = bool(reader.get('StorageEncrypted'));
    // A cluster restored from a snapshot or another cluster takes its encryption from the source.
    const restored = ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'GlobalClusterIdentifier'].some((property) => reader.get(property).value !== undefined);
    const exports = textList(reader.get('EnableCloudwatchLogsExports'));
    const cluster: DocDbCluster = {
      ...base,
      kind: 'aws.docdb.cluster',
      storageEncrypted: encrypted.state === 'absent' && restored ? unknownAttr(encrypted.at, encrypted.property) : encrypted,
      backupRetentionDays: number(reader.get('BackupRetentionPeriod')),
      logExports: exports.state === 'known' ? { ...exports, value: exports.value.map((type) => type.toLowerCase()) } : exports,
      // CloudFormation deletes a DocumentDB cluster without a snapshot unless told otherwise.
      retainOnDelete: retainOnDelete(reader),
      deletionControl: 'policy',
      engineVersion: text(reader.get('EngineVersion')),
    };
    return cluster;
  },

  link(reader, links) {
    if (reader.resource.type !== 'AWS::DocDB::DBInstance') return;
    const instance = links.resource(reader.resource.logicalId);
    const clusterId = referencedResource(reader.get('DBClusterIdentifier'));
    const cluster = clusterId ? links.resource(clusterId) : undefined;
    if (instance?.kind === 'aws.docdb.instance' && cluster?.kind === 'aws.docdb.cluster') instance.clusterEngineVersion = cluster.engineVersion;
  },
};
export default docdb;
