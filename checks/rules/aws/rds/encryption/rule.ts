import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { describe, type Database } from '../databases.ts';

export default defineRule({
  id: 'AWS-RDS-ENCRYPTION',
  title: 'RDS instances and clusters encrypt their storage',
  problem: 'RDS database storage is not encrypted',
  pillar: 'security',
  severity: 'high',
  rationale:
    'Unencrypted RDS storage leaves the data, its automated backups, snapshots and read replicas readable to anyone who obtains the underlying storage or a shared snapshot. Encryption is chosen when the database is created and cannot be switched on in place: enabling it later means restoring from an encrypted snapshot copy, so it belongs in the first template.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    notSet: '{database} does not set {property}, so its storage is unencrypted (the default is `false`)',
    off: '{property} is `false` on {database}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance        # or AWS::RDS::DBCluster
Properties:
  StorageEncrypted: true
  KmsKeyId: !Ref DatabaseKey       # optional: a customer managed key instead of aws/rds`,
    terraform: `resource "aws_db_instance" "this" {   # or aws_rds_cluster
  storage_encrypted = true
  kms_key_id        = aws_kms_key.database.arn # optional
}`,
  },
  equivalents: {
    checkov: ['CKV_AWS_16', 'CKV_AWS_96'],
    trivy: ['AVD-AWS-0080', 'AVD-AWS-0079'],
    kics: ['5beacce3-4020-4a3d-9e1d-a36f953df630'],
    cfn_nag: ['F27', 'F26'],
  },

  check(model, report) {
    // Cluster members store nothing themselves: the cluster volume is checked instead.
    const databases: Database[] = [...model.of('aws.rds.instance').filter((instance) => !instance.clusterMember), ...model.of('aws.rds.cluster')];
    for (const database of databases) {
      const encrypted = database.storageEncrypted;
      if (effective(encrypted, false) !== false) continue;
      report(database, encrypted.at, encrypted.state === 'absent' ? 'notSet' : 'off', { database: describe(database), property: propertyName(encrypted, 'StorageEncrypted') });
    }
  },
});
