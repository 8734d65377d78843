import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { computeHolders, describe } from '../databases.ts';

/** RDS Custom manages its own host; Enhanced Monitoring does not apply to it. */
const rdsCustom = /^custom-/;

export default defineRule({
  id: 'AWS-RDS-ENHANCED-MONITORING',
  title: 'RDS databases collect Enhanced Monitoring metrics',
  problem: 'RDS database has Enhanced Monitoring turned off',
  pillar: 'performance',
  severity: 'low',
  rationale:
    'CloudWatch metrics for RDS come from the hypervisor once a minute, so they cannot tell which process is using the CPU or how memory, swap and file systems look from inside the guest. Enhanced Monitoring runs an agent on the instance that reports operating-system metrics and the process list as often as every second, which is what you need to tell a host bottleneck from a slow query; it is off unless a monitoring interval is set.',
  guide: 'database-performance-insights',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    notSet: '{database} does not set {property}, so Enhanced Monitoring is off (the default is `0`)',
    off: '{property} is `0` on {database}, which turns Enhanced Monitoring off',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance     # or a Multi-AZ AWS::RDS::DBCluster
Properties:
  MonitoringInterval: 60                  # seconds: 1, 5, 10, 15, 30 or 60
  MonitoringRoleArn: !GetAtt RdsMonitoringRole.Arn   # trusts monitoring.rds.amazonaws.com`,
    terraform: `resource "aws_db_instance" "this" {   # or aws_rds_cluster_instance
  monitoring_interval = 60   # seconds: 1, 5, 10, 15, 30 or 60
  monitoring_role_arn = aws_iam_role.rds_monitoring.arn
}`,
  },
  equivalents: { checkov: ['CKV_AWS_118'] },

  check(model, report) {
    for (const database of computeHolders(model)) {
      if (database.engine.state === 'known' && rdsCustom.test(database.engine.value)) continue;
      const interval = database.monitoringInterval;
      if (effective(interval, 0) !== 0) continue;
      report(database, interval.at, interval.state === 'absent' ? 'notSet' : 'off', { database: describe(database), property: propertyName(interval, 'MonitoringInterval') });
    }
  },
});
