/**
 * What every check needs: the model, the profile with its defaults applied, the numbers derived once (instances
 * needed, peak concurrency, peak writes) and a way to point at a resource.
 */
import type { Model } from '../model/model.ts';
import type { ResourceBase } from '../model/types.ts';
import { positionAt } from '../source/file.ts';
import { defaultConnectionsPerInstance, defaultLambdaDurationMs, defaultPerInstanceRps, defaultWriteShare, headroom } from './defaults.ts';
import type { LocalizedText, PeakProfile, ReadinessItem, ReadinessStatus } from './schema.ts';
import { both, num } from './text.ts';

export interface ReadinessContext {
  model: Model;
  profile: PeakProfile;
  perInstanceRps: number;
  lambdaDurationMs: number;
  connectionsPerInstance: number;
  peakWrites: number;
  /** Writes on a normal day, when the baseline is known. */
  baselineWrites: number | undefined;
  /** ⌈peak ÷ per-instance throughput⌉. */
  instancesNeeded: number;
  /** ⌈instances needed × headroom⌉. */
  instancesWithHeadroom: number;
  /** ⌈peak × average duration⌉. */
  lambdaConcurrency: number;
  /** Defaults used, stated in the report. */
  assumptions: LocalizedText[];
}

export function contextOf(model: Model, profile: PeakProfile): ReadinessContext {
  const assumptions: LocalizedText[] = [];
  const perInstanceRps = profile.perInstanceRps ?? defaultPerInstanceRps;
  if (profile.perInstanceRps === undefined)
    assumptions.push(
      both(
        `Each instance or task serves ${num(perInstanceRps)} requests per second (default; measure yours in a load test).`,
        `每个实例或任务每秒处理 ${num(perInstanceRps)} 个请求（默认值；请以压测结果为准）。`,
      ),
    );
  const lambdaDurationMs = profile.lambdaDurationMs ?? defaultLambdaDurationMs;
  if (profile.lambdaDurationMs === undefined && model.of('aws.lambda.function').length > 0)
    assumptions.push(both(`Lambda functions run for ${num(lambdaDurationMs)} ms on average (default).`, `Lambda 函数平均运行 ${num(lambdaDurationMs)} 毫秒（默认值）。`));
  const connectionsPerInstance = profile.connectionsPerInstance ?? defaultConnectionsPerInstance;
  if (profile.connectionsPerInstance === undefined && (model.of('aws.rds.instance').length > 0 || model.of('aws.rds.cluster').length > 0))
    assumptions.push(
      both(
        `Each instance or task opens ${num(connectionsPerInstance)} database connections (default pool size).`,
        `每个实例或任务打开 ${num(connectionsPerInstance)} 个数据库连接（默认连接池大小）。`,
      ),
    );
  const peakWrites = profile.peakWritesPerSecond ?? profile.peakRps * defaultWriteShare;
  if (profile.peakWritesPerSecond === undefined && model.of('aws.dynamodb.table').length > 0)
    assumptions.push(
      both(
        `${num(defaultWriteShare * 100)} % of peak requests write to the database: ${num(peakWrites)} writes per second (default).`,
        `峰值请求中有 ${num(defaultWriteShare * 100)}% 写入数据库，即每秒 ${num(peakWrites)} 次写入（默认值）。`,
      ),
    );
  const baselineWrites = profile.baselineRps === undefined ? undefined : profile.baselineRps * (peakWrites / profile.peakRps);
  const instancesNeeded = Math.ceil(profile.peakRps / perInstanceRps);
  return {
    model,
    profile,
    perInstanceRps,
    lambdaDurationMs,
    connectionsPerInstance,
    peakWrites,
    baselineWrites,
    instancesNeeded,
    instancesWithHeadroom: Math.ceil(instancesNeeded * headroom),
    lambdaConcurrency: Math.ceil((profile.peakRps * lambdaDurationMs) / 1000),
    assumptions,
  };
}

/** Where an item points: the resource's address, file and the line its declaration starts on. */
export function locationOf(resource: ResourceBase): NonNullable<ReadinessItem['location']> {
  return { address: resource.address, file: resource.at.file.path, line: positionAt(resource.at.file, resource.at.start).line };
}

/** pass when `capacity ≥ need × headroom`, warn when `capacity ≥ need`, fail below. */
export function capacityStatus(capacity: number, need: number): ReadinessStatus {
  if (capacity >= Math.ceil(need * headroom)) return 'pass';
  return capacity >= need ? 'warn' : 'fail';
}

const rank: Record<ReadinessStatus, number> = { pass: 0, warn: 1, fail: 2 };
export const worst = (...statuses: ReadinessStatus[]): ReadinessStatus => statuses.reduce((a, b) => (rank[b] > rank[a] ? b : a), 'pass');

export function item(check: string, status: ReadinessStatus, resource: ResourceBase | undefined, title: LocalizedText, arithmetic: LocalizedText[], advice?: LocalizedText): ReadinessItem {
  return {
    check,
    status,
    ...(resource ? { location: locationOf(resource) } : {}),
    title,
    arithmetic,
    ...(advice && status !== 'pass' ? { advice } : {}),
  };
}
