/** `aws_docdb_cluster`: encryption, backups, exported logs, version, and whether a destroy keeps a final snapshot; `aws_docdb_cluster_instance`: its class. */
import type { DocDbCluster, DocDbInstance } from '../../../model/aws/data.ts';
import { absent, unknownAttr } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, number, referencedResource, text, textList } from '../../../read/convert.ts';
import { finalSnapshotKept } from '../common.ts';
import type { TfReader } from '../reader.ts';

const docdb: Mapper<TfReader> = {
  types: ['aws_docdb_cluster', 'aws_docdb_cluster_instance'],
  kinds: ['aws.docdb.cluster', 'aws.docdb.instance'],

  build(reader, base) {
    if (reader.resource.type === 'aws_docdb_cluster_instance') {
      const instance: DocDbInstance = {
        ...base,
        kind: 'aws.docdb.instance',
        instanceClass: text(reader.get('instance_class')),
        clusterEngineVersion: absent(base.at),
      };
      return instance;
    }
    const encrypted = bool(reader.get('storage_encrypted'));
    // A cluster restored from a snapshot, or a secondary of a global cluster, takes its encryption from the source.
    const restored = ['snapshot_identifier', 'global_cluster_identifier', 'restore_to_point_in_time'].some((property) => reader.isSet(property));
    const exports = textList(reader.get('enabled_cloudwatch_logs_exports'));
    const cluster: DocDbCluster = {
      ...base,
      kind: 'aws.docdb.cluster',
      storageEncrypted: encrypted.state === 'absent' && restored ? unknownAttr(encrypted.at, encrypted.property) : encrypted,
      backupRetentionDays: number(reader.get('backup_retention_period')),
      logExports: exports.state === 'known' ? { ...exports, value: exports.value.map((type) => type.toLowerCase()) } : exports,
      retainOnDelete: finalSnapshotKept(reader),
      deletionControl: 'guard',
      engineVersion: text(reader.get('engine_version')),
    };
    return cluster;
  },

  link(reader, links) {
    if (reader.resource.type !== 'aws_docdb_cluster_instance') return;
    const instance = links.resource(reader.resource.address);
    const cluster = links.resource(referencedResource(reader.get('cluster_identifier')) ?? '');
    if (instance?.kind === 'aws.docdb.instance' && cluster?.kind === 'aws.docdb.cluster') instance.clusterEngineVersion = cluster.engineVersion;
  },
};
export default docdb;
