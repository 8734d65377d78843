/**
 * AWS::DynamoDB::Table and AWS::DynamoDB::GlobalTable, plus the Application Auto Scaling targets that
 * scale a table's provisioned capacity.
 */
import type { DynamoDbCapacityScaling, DynamoDbTable } from '../../model/aws/data.ts';
import { absent, unknownAttr, type Attr } from '../../model/types.ts';
import { addScalableTarget, leastRecoverable, markScaledCapacity, tableNameIn } from '../../read/aws/dynamodb.ts';
import { valueOf } from '../../parse/tree.ts';
import { retainOnDelete } from '../common.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, isUnknown, number, ResourceReader, text, upperCased, type Cursor } from '../read.ts';
import { writtenForm } from '../references.ts';

function pointInTimeRecovery(reader: ResourceReader, owner: Cursor): Attr<boolean> {
  return bool(reader.field(reader.field(owner, 'PointInTimeRecoverySpecification'), 'PointInTimeRecoveryEnabled'));
}

/** A global table sets point-in-time recovery per replica; its least protected replica stands for the table. */
function replicasPointInTimeRecovery(reader: ResourceReader): Attr<boolean> {
  const replicas = reader.get('Replicas');
  if (isUnknown(replicas)) return unknownAttr(replicas.at);
  return leastRecoverable(
    reader.items(replicas).map((replica) => pointInTimeRecovery(reader, replica)),
    replicas.at,
  );
}

/** A global table in provisioned mode scales writes (required) and reads through its own auto scaling settings. */
function globalTableAutoScaling(reader: ResourceReader): number {
  const writes = reader.get('WriteProvisionedThroughputSettings', 'WriteCapacityAutoScalingSettings').value ? 1 : 0;
  const reads = reader.items(reader.get('Replicas')).filter((replica) => reader.field(reader.field(replica, 'ReadProvisionedThroughputSettings'), 'ReadCapacityAutoScalingSettings').value).length;
  return writes + reads;
}

/**
 * What scales a table's capacity before scalable targets are linked: nothing on a table; on a global table, its own
 * settings, which scale writes (required in provisioned mode) and the reads of every replica that does not fix
 * `ReadCapacityUnits` instead. A global table's indexes carry the same settings and are not listed.
 */
function capacityScaling(reader: ResourceReader, global: boolean): DynamoDbCapacityScaling {
  const throughput = reader.get('ProvisionedThroughput');
  if (global) {
    const fixedReads = reader
      .items(reader.get('Replicas'))
      .map((replica) => reader.field(replica, 'ReadProvisionedThroughputSettings'))
      .find((settings) => reader.field(settings, 'ReadCapacityUnits').value !== undefined && reader.field(settings, 'ReadCapacityAutoScalingSettings').value === undefined);
    return { at: fixedReads?.at ?? throughput.at, reads: fixedReads === undefined, writes: true, indexes: [] };
  }
  const indexes = reader.items(reader.get('GlobalSecondaryIndexes')).flatMap((index) => {
    const name = text(reader.field(index, 'IndexName'));
    return name.state === 'known' ? [{ name: name.value, at: index.at, reads: false, writes: false }] : [];
  });
  return { at: throughput.at, reads: false, writes: false, indexes };
}

/**
 * Links a scalable target to the table it scales: by reference (`!Sub table/${Orders}`), by the same
 * written name (`TableName: !Sub ${Env}-orders` and `ResourceId: !Sub table/${Env}-orders`), or by
 * equal resolved names.
 */
function linkScalableTarget(reader: ResourceReader, tables: DynamoDbTable[]): void {
  const namespace = text(reader.get('ServiceNamespace'));
  if (namespace.state !== 'known' || namespace.value !== 'dynamodb') return;
  const resourceId = reader.get('ResourceId').value;
  if (!resourceId) return;
  const writtenName = tableNameIn(writtenForm(resourceId.node));
  const resolvedName = tableNameIn(knownText(resourceId));
  for (const table of tables) {
    const resource = reader.ctx.template.resources.get(table.name);
    if (!resource) continue;
    const tableName = resource.properties ? valueOf(resource.properties, 'TableName') : undefined;
    const tableWritten = writtenForm(tableName);
    const tableResolved = tableName ? knownText(new ResourceReader(reader.ctx, resource).get('TableName').value) : undefined;
    const matches = writtenName === `\${${table.name}}` || (writtenName !== undefined && writtenName === tableWritten) || (resolvedName !== undefined && resolvedName === tableResolved);
    if (!matches) continue;
    const dimension = text(reader.get('ScalableDimension'));
    addScalableTarget(table, dimension, number(reader.get('MaxCapacity')));
    markScaledCapacity(table.capacityScaling, dimension, [writtenForm(resourceId.node), knownText(resourceId)]);
  }
}

const dynamodb: CfnMapper = {
  types: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable', 'AWS::ApplicationAutoScaling::ScalableTarget'],
  kinds: ['aws.dynamodb.table'],

  build(reader, base) {
    const type = reader.resource.type;
    if (type !== 'AWS::DynamoDB::Table' && type !== 'AWS::DynamoDB::GlobalTable') return undefined;
    const global = type === 'AWS::DynamoDB::GlobalTable';
    const globalWrites = reader.get('WriteProvisionedThroughputSettings', 'WriteCapacityAutoScalingSettings');
    const table: DynamoDbTable = {
      ...base,
      kind: 'aws.dynamodb.table',
      billingMode: upperCased(text(reader.get('BillingMode'))),
      pointInTimeRecovery: global ? replicasPointInTimeRecovery(reader) : pointInTimeRecovery(reader, reader.properties),
      autoScalingTargets: global ? globalTableAutoScaling(reader) : 0,
      retainOnDelete: retainOnDelete(reader),
      deletionControl: 'policy',
      writeCapacity: number(global ? reader.field(globalWrites, 'MinCapacity') : reader.get('ProvisionedThroughput', 'WriteCapacityUnits')),
      writeAutoScalingMax: global ? number(reader.field(globalWrites, 'MaxCapacity')) : absent(reader.properties.at),
      maxOnDemandWrites: number(global ? reader.get('WriteOnDemandThroughputSettings', 'MaxWriteRequestUnits') : reader.get('OnDemandThroughput', 'MaxWriteRequestUnits')),
      warmWrites: number(reader.get('WarmThroughput', 'WriteUnitsPerSecond')),
      capacityScaling: capacityScaling(reader, global),
    };
    return table;
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::ApplicationAutoScaling::ScalableTarget') linkScalableTarget(reader, links.model.of('aws.dynamodb.table'));
  },
};
export default dynamodb;
