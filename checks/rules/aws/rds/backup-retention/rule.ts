import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe } from '../databases.ts';

const minimumDays = 7;
const serviceDefaultDays = 1;

export default defineRule({
  id: 'AWS-RDS-BACKUP-RETENTION',
  title: 'RDS databases keep automated backups for at least 7 days',
  problem: 'RDS database keeps automated backups for less than 7 days',
  pillar: 'reliability',
  severity: 'high',
  rationale:
    'Automated backups are what point-in-time restore draws on, and they only reach back as far as the retention period: the API default is a single day, and 0 turns backups off entirely on an RDS instance. Corruption or a bad deployment is often noticed days later, so keep at least a week (up to 35 days).',
  guide: 'automated-backups',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    notSet: '{database} does not set {property}, so backups are kept {days} day (the default)',
    disabled: '{property} is `0` on {database}: automated backups are disabled',
    oneDay: '{property} is {days} day on {database}, below {minimum}',
    short: '{property} is {days} days on {database}, below {minimum}',
  },
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
      const property = propertyName(retention, 'BackupRetentionPeriod');
      if (retention.state === 'absent') report(database, retention.at, 'notSet', { database: describe(database), property, days: serviceDefaultDays });
      else if (days === 0) report(database, retention.at, 'disabled', { database: describe(database), property });
      else report(database, retention.at, days === 1 ? 'oneDay' : 'short', { database: describe(database), property, days, minimum: minimumDays });
    }
  },
});
