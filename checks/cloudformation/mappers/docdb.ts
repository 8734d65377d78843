/** AWS::DocDB::DBCluster: encryption, backups and exported logs of an instance-based DocumentDB cluster. */
import type { DocDbCluster } from '../../model/aws/data.ts';
import { unknownAttr } from '../../model/types.ts';
import { retainOnDelete } from '../common.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, number, textList } from '../read.ts';

const docdb: CfnMapper = {
  types: ['AWS::DocDB::DBCluster'],
  kinds: ['aws.docdb.cluster'],

  build(reader, base) {
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
    };
    return cluster;
  },
};
export default docdb;
