/**
 * DynamoDB tables against peak writes (1 WCU per write of an item up to 1 KB). On demand: the 40,000 write
 * request units per table quota, any `MaxWriteRequestUnits` cap, and instant scaling to double the previous
 * peak. Provisioned: the written WCU and how far auto scaling may take it. Every table may be the hot one.
 */
import type { DynamoDbTable } from '../../model/aws/data.ts';
import { capacityStatus, item, worst, type ReadinessContext } from '../context.ts';
import { dynamoNewTableWrites, dynamoTableWriteQuota, headroom } from '../defaults.ts';
import type { LocalizedText, ReadinessItem, ReadinessStatus } from '../schema.ts';
import { both, code, num } from '../text.ts';

function onDemand(ctx: ReadinessContext, table: DynamoDbTable, lines: LocalizedText[]): { status: ReadinessStatus; advice: LocalizedText } {
  const writes = ctx.peakWrites;
  const target = Math.ceil(writes * headroom);
  const cap = table.maxOnDemandWrites.state === 'known' ? table.maxOnDemandWrites.value : undefined;
  const limit = Math.min(dynamoTableWriteQuota, cap ?? Infinity);
  lines.push(
    both(
      `on demand: ${num(writes)} writes/s × ${headroom} headroom = ${num(target)} WRU/s; the table quota is ${num(dynamoTableWriteQuota)}${cap === undefined ? '' : ` and MaxWriteRequestUnits caps it at ${num(cap)}`}`,
      `按需模式：每秒 ${num(writes)} 次写入 × ${headroom}（余量）= ${num(target)} WRU/秒；每张表的配额为 ${num(dynamoTableWriteQuota)}${cap === undefined ? '' : `，MaxWriteRequestUnits 将其限制为 ${num(cap)}`}`,
    ),
  );
  let status = capacityStatus(limit, writes);
  const previousPeak = ctx.baselineWrites;
  const warm = table.warmWrites.state === 'known' ? table.warmWrites.value : undefined;
  const instant = Math.max(warm ?? 0, previousPeak === undefined ? dynamoNewTableWrites : 2 * previousPeak);
  lines.push(
    previousPeak === undefined
      ? both(
          `on demand serves double the previous peak at once; with no baseline given, a new table's ${num(dynamoNewTableWrites)} writes/s${warm === undefined ? '' : ` (or its warm throughput, ${num(warm)})`} is what it takes without throttling`,
          `按需模式可立即承受此前峰值的两倍；未提供日常基线时，按新表的每秒 ${num(dynamoNewTableWrites)} 次写入${warm === undefined ? '' : `（或其预热吞吐量 ${num(warm)}）`}计算不被限流的能力`,
        )
      : both(
          `on demand serves double the previous peak at once: 2 × ${num(previousPeak)} baseline writes/s = ${num(2 * previousPeak)}${warm === undefined ? '' : `; warm throughput ${num(warm)}`}`,
          `按需模式可立即承受此前峰值的两倍：2 × 日常每秒 ${num(previousPeak)} 次写入 = ${num(2 * previousPeak)}${warm === undefined ? '' : `；预热吞吐量 ${num(warm)}`}`,
        ),
  );
  if (instant < writes) status = worst(status, 'warn');
  const advice =
    limit < writes
      ? both(
          `Raise ${cap !== undefined && cap < dynamoTableWriteQuota ? 'MaxWriteRequestUnits and ' : ''}the table-level write throughput quota (L-AB614373) to at least ${num(target)}.`,
          `请将${cap !== undefined && cap < dynamoTableWriteQuota ? ' MaxWriteRequestUnits 和' : ''}表级写入吞吐量配额（L-AB614373）提高到至少 ${num(target)}。`,
        )
      : both(`Pre-warm the table: set WarmThroughput WriteUnitsPerSecond to ${num(target)} before the event.`, `请在活动前预热该表：将 WarmThroughput 的 WriteUnitsPerSecond 设为 ${num(target)}。`);
  return { status, advice };
}

function provisioned(ctx: ReadinessContext, table: DynamoDbTable, lines: LocalizedText[]): { status: ReadinessStatus; advice: LocalizedText } {
  const writes = ctx.peakWrites;
  const target = Math.ceil(writes * headroom);
  const wcu = table.writeCapacity.state === 'known' ? table.writeCapacity.value : undefined;
  const max = table.writeAutoScalingMax.state === 'known' ? table.writeAutoScalingMax.value : undefined;
  const ceiling = Math.max(wcu ?? 0, max ?? 0);
  lines.push(
    both(
      `provisioned: ${num(writes)} writes/s × ${headroom} headroom = ${num(target)} WCU; WriteCapacityUnits ${wcu === undefined ? 'unknown' : num(wcu)}, auto scaling maximum ${max === undefined ? 'none' : num(max)}`,
      `预置模式：每秒 ${num(writes)} 次写入 × ${headroom}（余量）= ${num(target)} WCU；WriteCapacityUnits 为 ${wcu === undefined ? '未知' : num(wcu)}，自动扩缩容上限为 ${max === undefined ? '无' : num(max)}`,
    ),
  );
  let status = capacityStatus(ceiling, writes);
  if (ceiling >= writes && (wcu ?? 0) < writes) {
    status = worst(status, 'warn');
    lines.push(both('auto scaling takes several minutes to react, so a sudden peak is throttled until it does', '自动扩缩容需要几分钟才能响应，突发峰值在此之前会被限流'));
  }
  return {
    status,
    advice: both(
      `Set the write auto scaling maximum to at least ${num(target)} and raise the minimum to ${num(target)} shortly before the event, or switch the table to on demand.`,
      `请将写入自动扩缩容上限设为至少 ${num(target)}，并在活动开始前把下限提高到 ${num(target)}，或将该表切换为按需模式。`,
    ),
  };
}

function tableItem(ctx: ReadinessContext, table: DynamoDbTable): ReadinessItem {
  const title = both(`DynamoDB table ${code(table.name)} takes the peak writes`, `DynamoDB 表 ${code(table.name)} 能承受峰值写入`);
  if (table.billingMode.state === 'unknown') return item('dynamodb-writes', 'warn', table, title, [both('BillingMode is not known before deployment', 'BillingMode 在部署前无法确定')]);
  const lines: LocalizedText[] = [];
  const mode = table.billingMode.state === 'known' && table.billingMode.value === 'PAY_PER_REQUEST' ? onDemand : provisioned;
  const { status, advice } = mode(ctx, table, lines);
  return item('dynamodb-writes', status, table, title, lines, advice);
}

export function dynamodbWrites(ctx: ReadinessContext): ReadinessItem[] {
  return ctx.model.of('aws.dynamodb.table').map((table) => tableItem(ctx, table));
}
