import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { describeCluster } from '../clusters.ts';

export default defineRule({
  id: 'AWS-DOCDB-AUDIT-LOGS',
  title: 'DocumentDB clusters export audit logs to CloudWatch Logs',
  problem: 'DocumentDB cluster does not export audit logs',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'DocumentDB can record authentication attempts, user and role changes, index and collection changes and, optionally, reads and writes, but it keeps none of it unless the cluster exports the audit log type to CloudWatch Logs. The export is only half of it: the audit_logs parameter of the cluster parameter group is disabled by default and must be turned on as well, or the log group stays empty.',
  guide: 'audit-trail',
  reads: ['aws.docdb.cluster'],
  messages: {
    notSet: '{cluster} does not set {property}, so no audit events are exported to CloudWatch Logs',
    missing: '{property} on {cluster} does not include `audit`',
  },
  fix: {
    cloudformation: `Type: AWS::DocDB::DBCluster
Properties:
  EnableCloudwatchLogsExports: [audit, profiler]
  DBClusterParameterGroupName: !Ref AuditedParameters   # a cluster parameter group with audit_logs: enabled`,
    terraform: `resource "aws_docdb_cluster" "this" {
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audited.name
}

resource "aws_docdb_cluster_parameter_group" "audited" {
  family = "docdb5.0"
  parameter {
    name  = "audit_logs"
    value = "enabled" # off by default: the export alone delivers nothing
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_85'] },

  check(model, report) {
    for (const cluster of model.of('aws.docdb.cluster')) {
      const exports = cluster.logExports;
      if (exports.state === 'unknown' || (exports.state === 'known' && exports.value.includes('audit'))) continue;
      const property = propertyName(exports, 'EnableCloudwatchLogsExports');
      report(cluster, exports.at, exports.state === 'absent' ? 'notSet' : 'missing', { cluster: describeCluster(cluster), property });
    }
  },
});
