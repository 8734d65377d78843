import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { phrase } from '../../phrases.ts';

/** The scalable dimensions a part of a table leaves unscaled, named as Application Auto Scaling names them. */
function unscaled(part: { reads: boolean; writes: boolean }, level: 'table' | 'index'): string[] {
  return [...(part.reads ? [] : [`dynamodb:${level}:ReadCapacityUnits`]), ...(part.writes ? [] : [`dynamodb:${level}:WriteCapacityUnits`])];
}

export default defineRule({
  id: 'AWS-DYNAMODB-AUTOSCALING',
  title: 'Provisioned DynamoDB tables and their indexes scale reads and writes automatically',
  problem: 'Provisioned DynamoDB capacity is not scaled by Application Auto Scaling',
  pillar: 'performance',
  severity: 'medium',
  rationale:
    'A provisioned table serves only the read and write capacity units it was given; once traffic uses them up, and the few minutes of burst capacity are spent, requests fail with ProvisionedThroughputExceededException. A global secondary index is provisioned separately, and when its write capacity runs out DynamoDB throttles writes to the base table too. Application Auto Scaling target tracking raises and lowers each of these as consumption changes; on-demand tables need none of it.',
  guide: 'dynamodb-capacity-mode',
  reads: ['aws.dynamodb.table'],
  messages: {
    table: '{table} has provisioned capacity that no auto scaling target scales for {dimensions}',
    index: 'global secondary index {index} of {table} has provisioned capacity that no auto scaling target scales for {dimensions}',
  },
  fix: {
    cloudformation: `Type: AWS::ApplicationAutoScaling::ScalableTarget   # one per table and index, for reads and for writes
Properties:
  ServiceNamespace: dynamodb
  ResourceId: !Sub table/\${Orders}          # table/\${Orders}/index/ByCustomer for an index
  ScalableDimension: dynamodb:table:WriteCapacityUnits
  MinCapacity: 5
  MaxCapacity: 500
# plus a target-tracking AWS::ApplicationAutoScaling::ScalingPolicy; or BillingMode: PAY_PER_REQUEST`,
    terraform: `resource "aws_appautoscaling_target" "orders_writes" {   # one per table and index, for reads and for writes
  service_namespace  = "dynamodb"
  resource_id        = "table/\${aws_dynamodb_table.orders.name}"   # .../index/by-customer for an index
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  min_capacity       = 5
  max_capacity       = 500
}
# plus a target-tracking aws_appautoscaling_policy; or billing_mode = "PAY_PER_REQUEST"`,
  },
  equivalents: { checkov: ['CKV2_AWS_16'] },

  check(model, report) {
    for (const table of model.of('aws.dynamodb.table')) {
      if (effective(table.billingMode, 'PROVISIONED') !== 'PROVISIONED') continue;
      const scaling = table.capacityScaling;
      const name = phrase('dynamodbTable', { name: table.name });
      const own = unscaled(scaling, 'table');
      if (own.length > 0) report(table, scaling.at, 'table', { table: name, dimensions: own });
      for (const index of scaling.indexes) {
        const missing = unscaled(index, 'index');
        if (missing.length > 0) report(table, index.at, 'index', { index: index.name, table: name, dimensions: missing });
      }
    }
  },
});
