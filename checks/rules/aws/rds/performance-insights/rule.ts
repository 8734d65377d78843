import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { computeHolders, describe, type Database } from '../databases.ts';

/** Classes too small for Performance Insights on MySQL and MariaDB (RDS and Aurora); unsure engines get the benefit of the doubt. */
const tooSmall = /^db\.(t2|t3|t4g)\.(micro|small)$/;
/** Aurora MySQL does not offer it on any T2 or T3 class. */
const auroraMysqlUnsupported = /^db\.(t2|t3)\./;

function supported(database: Database): boolean {
  const instanceClass = database.instanceClass.state === 'known' ? database.instanceClass.value : undefined;
  if (instanceClass === undefined) return true;
  if (tooSmall.test(instanceClass)) return false;
  return !(database.engine.state === 'known' && database.engine.value === 'aurora-mysql' && auroraMysqlUnsupported.test(instanceClass));
}

export default defineRule({
  id: 'AWS-RDS-PERFORMANCE-INSIGHTS',
  title: 'RDS databases turn on Performance Insights',
  problem: 'RDS database has Performance Insights turned off',
  pillar: 'performance',
  severity: 'low',
  rationale:
    'Performance Insights records database load by wait event, SQL statement, host and user, which is what you need to find the query behind a slowdown after the fact. Seven days of history are included at no charge, and it is the data source of the Standard mode of CloudWatch Database Insights.',
  guide: 'database-performance-insights',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    notSet: 'Performance Insights is not turned on for {database} (off by default)',
    off: 'Performance Insights is turned off on {database}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  EnablePerformanceInsights: true
  PerformanceInsightsRetentionPeriod: 7   # days; 7 is free
# AWS::RDS::DBCluster (Multi-AZ DB cluster): PerformanceInsightsEnabled: true`,
    terraform: `resource "aws_db_instance" "this" {   # or aws_rds_cluster_instance
  performance_insights_enabled          = true
  performance_insights_retention_period = 7
}`,
  },
  equivalents: { checkov: ['CKV_AWS_353'], trivy: ['AVD-AWS-0133'] },

  check(model, report) {
    for (const database of computeHolders(model)) {
      const insights = database.performanceInsights;
      if (effective(insights, false) !== false || !supported(database)) continue;
      report(database, insights.at, insights.state === 'absent' ? 'notSet' : 'off', { database: describe(database) });
    }
  },
});
