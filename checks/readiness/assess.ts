/**
 * Event readiness: an architecture held against the peak a customer expects, as pass / warn / fail items with
 * their arithmetic in both languages, plus the service quotas to raise. Pure: a model and a profile in, a report out.
 *
 * @example
 * const report = assessReadiness(model, { peakRps: 5000, durationMinutes: 60 });
 * report.items.filter((item) => item.status === 'fail');
 */
import type { Model } from '../model/model.ts';
import { alarms } from './checks/alarms.ts';
import { buffers } from './checks/buffers.ts';
import { computeCapacity } from './checks/compute-capacity.ts';
import { databaseConnections } from './checks/database-connections.ts';
import { dynamodbWrites } from './checks/dynamodb-writes.ts';
import { lambdaConcurrency } from './checks/lambda-concurrency.ts';
import { multiAz } from './checks/multi-az.ts';
import { wafRateLimit } from './checks/waf-rate-limit.ts';
import { contextOf, type ReadinessContext } from './context.ts';
import { quotasToRaise } from './quotas.ts';
import { PeakProfile, type PeakProfileInput, type ReadinessItem, type ReadinessReport } from './schema.ts';

/** Every check, in the order a reader meets them: capacity first, then protection, resilience and observation. */
export const readinessChecks: ((ctx: ReadinessContext) => ReadinessItem[])[] = [computeCapacity, lambdaConcurrency, dynamodbWrites, databaseConnections, buffers, wafRateLimit, multiAz, alarms];

export function assessReadiness(model: Model, profileInput: PeakProfileInput): ReadinessReport {
  const profile = PeakProfile.parse(profileInput);
  const ctx = contextOf(model, profile);
  const items = readinessChecks.flatMap((check) => check(ctx));
  const count = (status: ReadinessItem['status']) => items.filter((item) => item.status === status).length;
  return {
    readinessVersion: '1',
    profile,
    assumptions: ctx.assumptions,
    items,
    quotas: quotasToRaise(ctx),
    summary: { pass: count('pass'), warn: count('warn'), fail: count('fail') },
  };
}
