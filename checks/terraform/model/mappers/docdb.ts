/** `aws_docdb_cluster`: encryption, backups, exported logs, and whether a destroy keeps a final snapshot. */
import type { DocDbCluster } from '../../../model/aws/data.ts';
import { unknownAttr } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, number, textList } from '../../../read/convert.ts';
import { finalSnapshotKept } from '../common.ts';
import type { TfReader } from '../reader.ts';

const docdb: Mapper<TfReader> = {
  types: ['aws_docdb_cluster'],
  kinds: ['aws.docdb.cluster'],

  build(reader, base) {
    const encrypted = bool(reader.get('storage_encrypted'));
    // A cluster restored from a snapshot, or a secondary of a global cluster, takes its encryption from the source.
    const restored = ['snapshot_identifier', 'global_cluster_identifier', 'restore_to_point_in_time'].some((property) => reader.get(property).value !== undefined);
    const exports = textList(reader.get('enabled_cloudwatch_logs_exports'));
    const cluster: DocDbCluster = {
      ...base,
      kind: 'aws.docdb.cluster',
      storageEncrypted: encrypted.state === 'absent' && restored ? unknownAttr(encrypted.at, encrypted.property) : encrypted,
      backupRetentionDays: number(reader.get('backup_retention_period')),
      logExports: exports.state === 'known' ? { ...exports, value: exports.value.map((type) => type.toLowerCase()) } : exports,
      retainOnDelete: finalSnapshotKept(reader),
      deletionControl: 'guard',
    };
    return cluster;
  },
};
export default docdb;
