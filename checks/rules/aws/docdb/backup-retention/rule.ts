import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { describeCluster } from '../clusters.ts';

const minimumDays = 7;
const serviceDefaultDays = 1;

export default defineRule({
  id: 'AWS-DOCDB-BACKUP-RETENTION',
  title: 'DocumentDB clusters keep automated backups for at least 7 days',
  problem: 'DocumentDB cluster keeps automated backups for less than 7 days',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'DocumentDB always takes continuous backups, but point-in-time restore reaches back only as far as the retention period, which defaults to a single day (the maximum is 35). A bad migration or a bulk delete noticed after a weekend then has no clean restore point left, so keep at least a week.',
  guide: 'automated-backups',
  reads: ['aws.docdb.cluster'],
  messages: {
    notSet: '{cluster} does not set {property}, so backups are kept {days} day (the default)',
    oneDay: '{property} is {days} day on {cluster}, below {minimum}',
    short: '{property} is {days} days on {cluster}, below {minimum}',
  },
  fix: {
    cloudformation: `Type: AWS::DocDB::DBCluster
Properties:
  BackupRetentionPeriod: 14        # days, 1-35
  PreferredBackupWindow: 03:00-04:00`,
    terraform: `resource "aws_docdb_cluster" "this" {
  backup_retention_period = 14 # days, 1-35
  preferred_backup_window = "03:00-04:00"
}`,
  },
  equivalents: { checkov: ['CKV_AWS_360'] },

  check(model, report) {
    for (const cluster of model.of('aws.docdb.cluster')) {
      const retention = cluster.backupRetentionDays;
      const days = effective(retention, serviceDefaultDays);
      if (days === undefined || days >= minimumDays) continue;
      const property = propertyName(retention, 'BackupRetentionPeriod');
      if (retention.state === 'absent') report(cluster, retention.at, 'notSet', { cluster: describeCluster(cluster), property, days: serviceDefaultDays });
      else report(cluster, retention.at, days === 1 ? 'oneDay' : 'short', { cluster: describeCluster(cluster), property, days, minimum: minimumDays });
    }
  },
});
