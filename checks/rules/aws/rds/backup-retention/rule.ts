import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe } from '../databases.ts';

const minimumDays = 7;
const serviceDefaultDays = 1;

export default defineRule({
  id: 'AWS-RDS-BACKUP-RETENTION',
  title: 'RDS databases keep automated backups for at least 7 days',
  pillar: 'reliability',
  severity: 'high',
  rationale:
    'Automated backups are what point-in-time restore draws on, and they only reach back as far as the retention period: the API default is a single day, and 0 turns backups off entirely on an RDS instance. Corruption or a bad deployment is often noticed days later, so keep at least a week (up to 35 days).',
  guide: 'automated-backups',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance        # or AWS::RDS::DBCluster
Properties:
  BackupRetentionPeriod: 14        # days, 1-35
  PreferredBackupWindow: 03:00-04:00`,
    terraform: `resource "aws_db_instance" "this" {
  backup_retention_period = 14
  backup_window           = "03:00-04:00" # aws_rds_cluster: preferred_backup_window
}`,
  },
  equivalents: { checkov: ['CKV_AWS_133'], trivy: ['AVD-AWS-0077'], kics: ['8c415f6f-7b90-4a27-a44a-51047e1506f9'] },

  check(model, report) {
    for (const database of dataHolders(model)) {
      const retention = database.backupRetentionDays;
      const days = effective(retention, serviceDefaultDays);
      if (days === undefined || days >= minimumDays) continue;
      let message: string;
      if (retention.state === 'absent') message = `${describe(database)} does not set BackupRetentionPeriod, so backups are kept ${serviceDefaultDays} day (the default)`;
      else if (days === 0) message = `BackupRetentionPeriod is 0 on ${describe(database)}: automated backups are disabled`;
      else message = `BackupRetentionPeriod is ${days} day${days === 1 ? '' : 's'} on ${describe(database)}, below ${minimumDays}`;
      report(database, retention.at, message);
    }
  },
});
