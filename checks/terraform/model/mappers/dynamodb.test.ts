import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

const table = (name: string, body = '') => `resource "aws_dynamodb_table" "${name}" {
  name     = "${name}"
  hash_key = "id"
${body}
  attribute {
    name = "id"
    type = "S"
  }
}
`;

describe('aws_dynamodb_table', () => {
  it('reads the billing mode, write capacity and on-demand limits, pointing at each setting', () => {
    const orders = resourcesOf(
      `resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  billing_mode   = "PROVISIONED"
  hash_key       = "id"
  write_capacity = 20

  on_demand_throughput {
    max_write_request_units = 500
  }

  warm_throughput {
    write_units_per_second = 4000
  }
}
`,
      'aws.dynamodb.table',
    ).get('aws_dynamodb_table.orders')!;
    expect(where(orders.billingMode)).toEqual({ value: 'PROVISIONED', line: 3, property: 'billing_mode' });
    expect(where(orders.writeCapacity)).toEqual({ value: 20, line: 5, property: 'write_capacity' });
    expect(value(orders.maxOnDemandWrites)).toBe(500);
    expect(value(orders.warmWrites)).toBe(4000);
    expect(value(orders.writeAutoScalingMax)).toBe('absent');
    expect(orders.autoScalingTargets).toBe(0);
  });

  it('leaves the billing mode to the provider default when it is not written', () => {
    const sessions = resourcesOf(table('sessions'), 'aws.dynamodb.table').get('aws_dynamodb_table.sessions')!;
    expect(where(sessions.billingMode)).toEqual({ value: 'absent', line: 1, property: 'billing_mode' });
    expect(where(sessions.pointInTimeRecovery)).toEqual({ value: 'absent', line: 1, property: 'enabled' });
  });

  it('takes the least protected replica for point-in-time recovery', () => {
    const customers = resourcesOf(
      table(
        'customers',
        `  point_in_time_recovery {
    enabled = true
  }
  replica {
    region_name            = "eu-west-1"
    point_in_time_recovery = true
  }
  replica {
    region_name = "us-east-1"
  }
`,
      ),
      'aws.dynamodb.table',
    ).get('aws_dynamodb_table.customers')!;
    expect(where(customers.pointInTimeRecovery)).toEqual({ value: 'absent', line: 11, property: 'point_in_time_recovery' });
  });

  it('lowers point-in-time recovery to that of a replica added by its own resource', () => {
    const profiles = resourcesOf(
      `${table('profiles', '  point_in_time_recovery {\n    enabled = true\n  }\n')}
resource "aws_dynamodb_table_replica" "eu" {
  global_table_arn       = aws_dynamodb_table.profiles.arn
  point_in_time_recovery = false
}
`,
      'aws.dynamodb.table',
    ).get('aws_dynamodb_table.profiles')!;
    expect(where(profiles.pointInTimeRecovery)).toEqual({ value: false, line: 16, property: 'point_in_time_recovery' });
  });

  it('keeps the data when destroy is prevented or the table is protected from deletion', () => {
    const tables = resourcesOf(
      table('kept', '  lifecycle {\n    prevent_destroy = true\n  }\n') +
        table('protected', '  deletion_protection_enabled = true\n') +
        table('plain') +
        `variable "protect" {\n  type = bool\n}\n` +
        table('decided', '  deletion_protection_enabled = var.protect\n'),
      'aws.dynamodb.table',
    );
    expect(value(tables.get('aws_dynamodb_table.kept')!.retainOnDelete)).toBe(true);
    expect(value(tables.get('aws_dynamodb_table.protected')!.retainOnDelete)).toBe(true);
    expect(value(tables.get('aws_dynamodb_table.plain')!.retainOnDelete)).toBe(false);
    expect(tables.get('aws_dynamodb_table.plain')!.retainOnDelete.property).toBe('prevent_destroy');
    expect(value(tables.get('aws_dynamodb_table.decided')!.retainOnDelete)).toBe('unknown');
  });
});

describe('aws_appautoscaling_target', () => {
  const target = (name: string, resourceId: string, dimension = 'dynamodb:table:WriteCapacityUnits', max = 100) => `resource "aws_appautoscaling_target" "${name}" {
  service_namespace  = "dynamodb"
  scalable_dimension = "${dimension}"
  resource_id        = ${resourceId}
  min_capacity       = 5
  max_capacity       = ${max}
}
`;

  it('scales the table it names by reference, taking the highest write maximum', () => {
    const orders = resourcesOf(
      table('orders') +
        target('writes', '"table/${aws_dynamodb_table.orders.name}"', 'dynamodb:table:WriteCapacityUnits', 200) +
        target('more_writes', '"table/${aws_dynamodb_table.orders.name}"', 'dynamodb:table:WriteCapacityUnits', 150) +
        target('reads', '"table/${aws_dynamodb_table.orders.name}"', 'dynamodb:table:ReadCapacityUnits', 900),
      'aws.dynamodb.table',
    ).get('aws_dynamodb_table.orders')!;
    expect(orders.autoScalingTargets).toBe(3);
    expect(value(orders.writeAutoScalingMax)).toBe(200);
  });

  it('scales the table whose name is written the same way, even when only known at apply time', () => {
    const tables = resourcesOf(
      `variable "stage" {\n  type = string\n}\n` +
        `resource "aws_dynamodb_table" "carts" {\n  name     = "\${var.stage}-carts"\n  hash_key = "id"\n}\n` +
        table('invoices') +
        target('carts_index', '"table/${var.stage}-carts/index/by-customer"', 'dynamodb:index:ReadCapacityUnits') +
        target('invoices', '"table/invoices"'),
      'aws.dynamodb.table',
    );
    expect(tables.get('aws_dynamodb_table.carts')!.autoScalingTargets).toBe(1);
    expect(tables.get('aws_dynamodb_table.invoices')!.autoScalingTargets).toBe(1);
  });

  it('scales no table when the names differ or the target is not DynamoDB', () => {
    const orders = resourcesOf(
      table('orders') +
        target('other', '"table/wishlists"') +
        `resource "aws_appautoscaling_target" "ecs" {
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/orders/orders"
  min_capacity       = 1
  max_capacity       = 4
}
`,
      'aws.dynamodb.table',
    ).get('aws_dynamodb_table.orders')!;
    expect(orders.autoScalingTargets).toBe(0);
  });
  it('marks which reads and writes of the table and of each index a target scales', () => {
    const orders = resourcesOf(
      table(
        'orders',
        `  read_capacity  = 5
  write_capacity = 5
  global_secondary_index {
    name            = "by-customer"
    hash_key        = "customer"
    projection_type = "ALL"
    read_capacity   = 5
    write_capacity  = 5
  }
  global_secondary_index {
    name            = "by-date"
    hash_key        = "date"
    projection_type = "ALL"
    read_capacity   = 5
    write_capacity  = 5
  }
`,
      ) +
        target('reads', '"table/${aws_dynamodb_table.orders.name}"', 'dynamodb:table:ReadCapacityUnits') +
        target('index_writes', '"table/${aws_dynamodb_table.orders.name}/index/by-date"', 'dynamodb:index:WriteCapacityUnits'),
      'aws.dynamodb.table',
    ).get('aws_dynamodb_table.orders')!;
    const scaling = orders.capacityScaling;
    expect([scaling.reads, scaling.writes]).toEqual([true, false]);
    expect(scaling.indexes.map((index) => [index.name, index.reads, index.writes])).toEqual([
      ['by-customer', false, false],
      ['by-date', false, true],
    ]);
  });
});
