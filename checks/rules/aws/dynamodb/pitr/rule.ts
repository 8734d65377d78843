import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-DYNAMODB-PITR',
  title: 'DynamoDB tables turn on point-in-time recovery',
  problem: 'DynamoDB table has no point-in-time recovery',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'Point-in-time recovery keeps continuous backups of a table, so it can be restored to any second in the recovery window (35 days by default) after a faulty deployment or an accidental bulk write or delete. It is off unless enabled, and without it the only way back is an on-demand backup someone remembered to take.',
  guide: 'automated-backups',
  reads: ['aws.dynamodb.table'],
  messages: {
    notSet: 'DynamoDB table {table} does not turn on point-in-time recovery ({property} defaults to `false`)',
    off: '{property} is `false` on DynamoDB table {table}',
  },
  fix: {
    cloudformation: `Type: AWS::DynamoDB::Table
Properties:
  PointInTimeRecoverySpecification:
    PointInTimeRecoveryEnabled: true
# AWS::DynamoDB::GlobalTable: set it in every item of Replicas`,
    terraform: `resource "aws_dynamodb_table" "this" {
  point_in_time_recovery {
    enabled = true
  }
}`,
  },
  equivalents: {
    checkov: ['CKV_AWS_28', 'CKV_AWS_165'],
    trivy: ['AVD-AWS-0024'],
    kics: ['0f04217d-488f-4e7a-bec8-f16159686cd6'],
    cfn_nag: ['W78'],
  },

  check(model, report) {
    for (const table of model.of('aws.dynamodb.table')) {
      const recovery = table.pointInTimeRecovery;
      if (effective(recovery, false) !== false) continue;
      report(table, recovery.at, recovery.state === 'absent' ? 'notSet' : 'off', { table: table.name, property: propertyName(recovery, 'PointInTimeRecoveryEnabled') });
    }
  },
});
