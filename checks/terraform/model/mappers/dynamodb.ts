/**
 * `aws_dynamodb_table` (with its inline `replica` blocks), the `aws_dynamodb_table_replica` resources that add
 * replicas separately, and the `aws_appautoscaling_target`s that scale a table's provisioned capacity.
 */
import type { DynamoDbCapacityScaling, DynamoDbTable } from '../../../model/aws/data.ts';
import { absent, isKnown, unknownAttr, valueOrUndefined, type Attr, type ResourceBase } from '../../../model/types.ts';
import { addScalableTarget, leastRecoverable, markScaledCapacity, tableNameIn } from '../../../read/aws/dynamodb.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, isUnknown, number, text, upperCased } from '../../../read/convert.ts';
import { preventDestroy } from '../common.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { mentions } from '../references.ts';

/** The table's own setting and every inline replica's (each replica's `point_in_time_recovery` defaults to false). */
function pointInTimeRecovery(reader: TfReader): Attr<boolean> {
  const own = bool(reader.get('point_in_time_recovery', 'enabled'));
  const replicas = reader.get('replica');
  if (replicas.value === undefined) return own;
  if (isUnknown(replicas)) return leastRecoverable([own, unknownAttr(replicas.at, replicas.property)], reader.place);
  return leastRecoverable([own, ...reader.blocks(replicas).map((replica) => bool(reader.field(replica, 'point_in_time_recovery')))], reader.place);
}

/**
 * Terraform cannot destroy the table: `prevent_destroy`, or deletion protection, which makes the delete fail
 * (CloudFormation's Retain keeps the data the same way).
 */
function retainsData(reader: TfReader): Attr<boolean> {
  const prevented = preventDestroy(reader);
  if (isKnown(prevented, true)) return prevented;
  const protectedTable = bool(reader.get('deletion_protection_enabled'));
  if (protectedTable.state === 'absent') return prevented;
  return protectedTable.state === 'known' && !protectedTable.value ? prevented : protectedTable;
}

/** The table's global secondary indexes by name; nothing is scaled until scalable targets are linked. */
function capacityScaling(reader: TfReader): DynamoDbCapacityScaling {
  const indexes = reader.blocks(reader.get('global_secondary_index')).flatMap((index) => {
    const name = text(reader.field(index, 'name'));
    return name.state === 'known' ? [{ name: name.value, at: index.at, reads: false, writes: false }] : [];
  });
  return { at: reader.get('read_capacity').value === undefined ? reader.place : reader.get('read_capacity').at, reads: false, writes: false, indexes };
}

function table(reader: TfReader, base: ResourceBase): DynamoDbTable {
  return {
    ...base,
    kind: 'aws.dynamodb.table',
    billingMode: upperCased(text(reader.get('billing_mode'))),
    pointInTimeRecovery: pointInTimeRecovery(reader),
    autoScalingTargets: 0,
    retainOnDelete: retainsData(reader),
    deletionControl: 'guard',
    writeCapacity: number(reader.get('write_capacity')),
    writeAutoScalingMax: absent(reader.place),
    maxOnDemandWrites: number(reader.get('on_demand_throughput', 'max_write_request_units')),
    warmWrites: number(reader.get('warm_throughput', 'write_units_per_second')),
    capacityScaling: capacityScaling(reader),
  };
}

/**
 * An expression as one template, the way it is written: `"table/${var.stage}-carts"` → `table/${var.stage}-carts`,
 * `var.name` → `${var.name}`. Two expressions written alike have the same value at apply time.
 */
function writtenForm(reader: TfReader, cursor: Cursor): string | undefined {
  const value = cursor.value;
  if (value === undefined) return undefined;
  const written = reader.resource.file.text.slice(value.start, value.end).trim();
  const quoted = /^"(.*)"$/s.exec(written);
  return quoted ? quoted[1] : `\${${written}}`;
}

/**
 * A scalable target scales a table when its `resource_id` names it: by reference (`"table/${aws_dynamodb_table.orders.name}"`),
 * by the same name once evaluated (`"table/orders"`), or written alike (`"table/${var.stage}-carts"`).
 */
function scales(reader: TfReader, resourceId: Cursor, tableReader: TfReader, address: string): boolean {
  if (mentions(reader, resourceId, address)) return true;
  const name = tableReader.get('name');
  const resolved = tableNameIn(valueOrUndefined(text(resourceId)));
  if (resolved !== undefined && resolved === valueOrUndefined(text(name))) return true;
  const written = tableNameIn(writtenForm(reader, resourceId));
  return written !== undefined && written === writtenForm(tableReader, name);
}

function linkScalableTarget(reader: TfReader, links: Links<TfReader>): void {
  if (!isKnown(text(reader.get('service_namespace')), 'dynamodb')) return;
  const resourceId = reader.get('resource_id');
  for (const candidate of links.model.of('aws.dynamodb.table')) {
    const tableReader = links.reader(candidate.address);
    if (!tableReader || !scales(reader, resourceId, tableReader, candidate.address)) continue;
    const dimension = text(reader.get('scalable_dimension'));
    addScalableTarget(candidate, dimension, number(reader.get('max_capacity')));
    markScaledCapacity(candidate.capacityScaling, dimension, [writtenForm(reader, resourceId), valueOrUndefined(text(resourceId))]);
  }
}

const dynamodb: Mapper<TfReader> = {
  types: ['aws_dynamodb_table', 'aws_dynamodb_table_replica', 'aws_appautoscaling_target'],
  kinds: ['aws.dynamodb.table'],

  build(reader, base) {
    return reader.resource.type === 'aws_dynamodb_table' ? table(reader, base) : undefined;
  },

  link(reader, links) {
    if (reader.resource.type === 'aws_appautoscaling_target') linkScalableTarget(reader, links);
    if (reader.resource.type !== 'aws_dynamodb_table_replica') return;
    const arn = reader.get('global_table_arn');
    const setting = bool(reader.get('point_in_time_recovery'));
    for (const candidate of links.model.of('aws.dynamodb.table'))
      if (mentions(reader, arn, candidate.address)) candidate.pointInTimeRecovery = leastRecoverable([candidate.pointInTimeRecovery, setting], candidate.at);
  },
};
export default dynamodb;
