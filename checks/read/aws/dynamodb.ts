/**
 * What decides a DynamoDB table's recoverability and write scaling once its parts are read, the same in every
 * format: replicas each set point-in-time recovery, and Application Auto Scaling targets name the table they scale.
 */
import type { DynamoDbCapacityScaling, DynamoDbTable } from '../../model/aws/data.ts';
import { absent, type Attr, type Place } from '../../model/types.ts';

/**
 * A table with replicas is only as recoverable as its least protected replica, so that replica's setting stands
 * for the table: a known `false` first, then one left out, then one unknown.
 */
export function leastRecoverable(settings: Attr<boolean>[], none: Place): Attr<boolean> {
  return (
    settings.find((setting) => setting.state === 'known' && !setting.value) ??
    settings.find((setting) => setting.state === 'absent') ??
    settings.find((setting) => setting.state === 'unknown') ??
    settings[0] ??
    absent(none)
  );
}

/** The table name a scalable target's resource id (`table/<name>` or `table/<name>/index/<index>`) names. */
export const tableNameIn = (resourceId: string | undefined) => (resourceId === undefined ? undefined : /^table\/([^/]+)/.exec(resourceId)?.[1]);

/** Whether a maximum replaces the one already known: known beats absent, a larger known value beats a smaller one. */
function higher(candidate: Attr<number>, current: Attr<number>): boolean {
  if (current.state === 'absent') return candidate.state !== 'absent';
  return candidate.state === 'known' && current.state === 'known' && candidate.value > current.value;
}

/** Counts a scalable target that scales the table; a target on its writes may raise how far writes can scale. */
export function addScalableTarget(table: DynamoDbTable, dimension: Attr<string>, maxCapacity: Attr<number>): void {
  table.autoScalingTargets++;
  if (dimension.state === 'known' && dimension.value === 'dynamodb:table:WriteCapacityUnits' && higher(maxCapacity, table.writeAutoScalingMax)) table.writeAutoScalingMax = maxCapacity;
}

/** The index a scalable target's resource id (`table/<name>/index/<index>`) names; undefined when none or not readable. */
const indexNameIn = (resourceId: string | undefined) => (resourceId === undefined ? undefined : /^table\/[^/]+\/index\/([^/$]+)$/.exec(resourceId)?.[1]);

const scalableDimension = /^dynamodb:(table|index):(Read|Write)CapacityUnits$/;

/**
 * Marks what a scalable target on the table scales: reads or writes (both when the dimension cannot be read), of the
 * table or of the index its resource id names (every index when that cannot be read).
 */
export function markScaledCapacity(scaling: DynamoDbCapacityScaling, dimension: Attr<string>, resourceIds: (string | undefined)[]): void {
  const parsed = dimension.state === 'known' ? scalableDimension.exec(dimension.value) : null;
  if (dimension.state === 'known' && !parsed) return;
  const reads = !parsed || parsed[2] === 'Read';
  const writes = !parsed || parsed[2] === 'Write';
  const index = resourceIds.map(indexNameIn).find((name) => name !== undefined);
  const namesIndex = resourceIds.some((id) => id !== undefined && /\/index\//.test(id));
  const onIndex = parsed ? parsed[1] === 'index' : namesIndex;
  const parts = onIndex ? scaling.indexes.filter((candidate) => index === undefined || candidate.name === index) : [scaling];
  for (const part of parts) {
    part.reads ||= reads;
    part.writes ||= writes;
  }
}
