import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-DYNAMODB-CAPACITY-MODE',
  title: 'DynamoDB tables with provisioned capacity scale it automatically',
  problem: 'DynamoDB table has provisioned capacity that nothing scales',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'A table with fixed provisioned capacity is billed for that capacity around the clock, used or not, and throttles requests once traffic exceeds it. Either let the capacity follow demand with Application Auto Scaling, or switch to on-demand (PAY_PER_REQUEST) billing, which suits spiky or unpredictable traffic and costs nothing when idle.',
  guide: 'dynamodb-capacity-mode',
  reads: ['aws.dynamodb.table'],
  messages: {
    defaultProvisioned: 'DynamoDB table {table} uses provisioned capacity ({property} defaults to `PROVISIONED`) and nothing scales it',
    provisioned: 'DynamoDB table {table} uses `PROVISIONED` capacity and nothing scales it',
  },
  fix: {
    cloudformation: `Type: AWS::DynamoDB::Table
Properties:
  BillingMode: PAY_PER_REQUEST     # or keep PROVISIONED and add an
                                   # AWS::ApplicationAutoScaling::ScalableTarget (ServiceNamespace: dynamodb)
                                   # with a TargetTrackingScaling policy`,
    terraform: `resource "aws_dynamodb_table" "this" {
  billing_mode = "PAY_PER_REQUEST"
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const table of model.of('aws.dynamodb.table')) {
      const mode = table.billingMode;
      if (effective(mode, 'PROVISIONED') !== 'PROVISIONED' || table.autoScalingTargets > 0) continue;
      if (mode.state === 'absent') report(table, mode.at, 'defaultProvisioned', { table: table.name, property: propertyName(mode, 'BillingMode') });
      else report(table, mode.at, 'provisioned', { table: table.name });
    }
  },
});
