import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { describeCluster } from '../clusters.ts';

export default defineRule({
  id: 'AWS-DOCDB-ENCRYPTION',
  title: 'DocumentDB clusters encrypt their storage',
  problem: 'DocumentDB cluster storage is not encrypted',
  pillar: 'security',
  severity: 'high',
  rationale:
    'An unencrypted DocumentDB cluster leaves its cluster volume, automated backups, snapshots and replicas readable to anyone who gets hold of the storage or a shared snapshot. The API and CloudFormation create clusters unencrypted unless StorageEncrypted is set, and an existing cluster cannot be encrypted in place: it takes a new cluster, restored from a snapshot with a KMS key or loaded from a dump.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.docdb.cluster'],
  messages: {
    notSet: '{cluster} does not set {property}, so its storage is unencrypted (the default is `false`)',
    off: '{property} is `false` on {cluster}',
  },
  fix: {
    cloudformation: `Type: AWS::DocDB::DBCluster
Properties:
  StorageEncrypted: true
  KmsKeyId: !Ref DatabaseKey       # optional: a customer managed key instead of aws/rds`,
    terraform: `resource "aws_docdb_cluster" "this" {
  storage_encrypted = true
  kms_key_id        = aws_kms_key.database.arn # optional
}`,
  },
  equivalents: { checkov: ['CKV_AWS_74'], trivy: ['AVD-AWS-0021'], kics: ['bc1f9009-84a0-490f-ae09-3e0ea6d74ad6'] },

  check(model, report) {
    for (const cluster of model.of('aws.docdb.cluster')) {
      const encrypted = cluster.storageEncrypted;
      if (effective(encrypted, false) !== false) continue;
      report(cluster, encrypted.at, encrypted.state === 'absent' ? 'notSet' : 'off', { cluster: describeCluster(cluster), property: propertyName(encrypted, 'StorageEncrypted') });
    }
  },
});
