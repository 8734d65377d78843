/**
 * The runbook's shape, in no language: the phases from six weeks before to the post-event review, the tasks in
 * each (some only for one event type), the scenarios to rehearse, and where each readiness check's fixes belong.
 */
import type { EventType } from '../schema.ts';
import type { Role } from './roles.ts';

export const phases = [
  { id: 'six-weeks', offsetDays: -42 },
  { id: 'five-weeks', offsetDays: -35 },
  { id: 'four-weeks', offsetDays: -28 },
  { id: 'three-weeks', offsetDays: -21 },
  { id: 'two-weeks', offsetDays: -14 },
  { id: 'one-week', offsetDays: -7 },
  { id: 'two-days', offsetDays: -2 },
  { id: 'day-before', offsetDays: -1 },
  { id: 'event-day', offsetDays: 0 },
  { id: 'day-after', offsetDays: 1 },
  { id: 'review', offsetDays: 5 },
] as const;
export type PhaseId = (typeof phases)[number]['id'];

export const taskIds = [
  'name-roles',
  'confirm-forecast',
  'review-readiness',
  'capacity-plan',
  'load-test',
  'record-throughput',
  'failure-rehearsal',
  'rollback-rehearsal',
  'dashboard',
  'test-alarms',
  'walk-scenarios',
  'status-page',
  'change-freeze',
  'tag-release',
  'check-backups',
  'go-no-go',
  'pre-scale',
  'snapshot',
  'war-room-invite',
  'war-room-open',
  'final-checks',
  'start',
  'watch',
  'peak-ends',
  'scale-down',
  'hot-wash',
  'lift-freeze',
  'post-event-review',
  'assign-actions',
  'launch-flags',
  'launch-dns-ttl',
  'launch-fallback',
  'launch-switch-on',
  'migration-plan',
  'migration-target-load-test',
  'migration-rehearsal',
  'migration-replication',
  'migration-dns-ttl',
  'migration-lag',
  'migration-cutover',
  'migration-reconcile',
  'migration-decommission',
  'sale-payment-provider',
  'sale-checkout-load-test',
  'sale-warm-caches',
  'sale-waiting-room',
  'sale-waf-count-mode',
  'sale-watch-stock',
  'peak-last-peak',
  'peak-scheduled-scaling',
] as const;
export type TaskId = (typeof taskIds)[number];

export interface PlannedTask {
  phase: PhaseId;
  task: TaskId;
  owner: Role;
  /** Only for these event types; every type when left out. */
  only?: EventType[];
}

const task = (phase: PhaseId, id: TaskId, owner: Role, only?: EventType[]): PlannedTask => ({ phase, task: id, owner, ...(only ? { only } : {}) });

export const plannedTasks: PlannedTask[] = [
  task('six-weeks', 'name-roles', 'commander'),
  task('six-weeks', 'confirm-forecast', 'application'),
  task('six-weeks', 'review-readiness', 'engineer'),
  task('six-weeks', 'launch-flags', 'application', ['launch']),
  task('six-weeks', 'migration-plan', 'commander', ['migration']),
  task('six-weeks', 'sale-payment-provider', 'payments', ['flash-sale']),
  task('six-weeks', 'peak-last-peak', 'operations', ['peak']),
  task('five-weeks', 'capacity-plan', 'operations'),
  task('four-weeks', 'load-test', 'application'),
  task('four-weeks', 'record-throughput', 'engineer'),
  task('four-weeks', 'migration-target-load-test', 'application', ['migration']),
  task('four-weeks', 'sale-checkout-load-test', 'application', ['flash-sale']),
  task('three-weeks', 'failure-rehearsal', 'operations'),
  task('three-weeks', 'rollback-rehearsal', 'application'),
  task('three-weeks', 'migration-rehearsal', 'database', ['migration']),
  task('two-weeks', 'dashboard', 'operations'),
  task('two-weeks', 'test-alarms', 'operations'),
  task('two-weeks', 'walk-scenarios', 'commander'),
  task('two-weeks', 'status-page', 'communications'),
  task('two-weeks', 'launch-dns-ttl', 'operations', ['launch']),
  task('two-weeks', 'sale-warm-caches', 'application', ['flash-sale']),
  task('one-week', 'change-freeze', 'commander'),
  task('one-week', 'tag-release', 'application'),
  task('one-week', 'check-backups', 'database'),
  task('one-week', 'launch-fallback', 'application', ['launch']),
  task('one-week', 'migration-replication', 'database', ['migration']),
  task('one-week', 'migration-dns-ttl', 'operations', ['migration']),
  task('one-week', 'sale-waiting-room', 'application', ['flash-sale']),
  task('one-week', 'sale-waf-count-mode', 'operations', ['flash-sale']),
  task('two-days', 'go-no-go', 'commander'),
  task('day-before', 'pre-scale', 'operations'),
  task('day-before', 'peak-scheduled-scaling', 'operations', ['peak']),
  task('day-before', 'snapshot', 'database'),
  task('day-before', 'migration-lag', 'database', ['migration']),
  task('day-before', 'war-room-invite', 'commander'),
  task('event-day', 'war-room-open', 'commander'),
  task('event-day', 'final-checks', 'operations'),
  task('event-day', 'start', 'commander'),
  task('event-day', 'launch-switch-on', 'application', ['launch']),
  task('event-day', 'migration-cutover', 'database', ['migration']),
  task('event-day', 'watch', 'operations'),
  task('event-day', 'sale-watch-stock', 'application', ['flash-sale']),
  task('event-day', 'peak-ends', 'commander'),
  task('event-day', 'scale-down', 'operations'),
  task('day-after', 'hot-wash', 'commander'),
  task('day-after', 'migration-reconcile', 'database', ['migration']),
  task('day-after', 'lift-freeze', 'commander'),
  task('review', 'post-event-review', 'engineer'),
  task('review', 'assign-actions', 'commander'),
  task('review', 'migration-decommission', 'operations', ['migration']),
];

export const scenarioIds = ['database-failover', 'cache-loss', 'payment-timeout', 'waf-false-positives', 'zone-impairment', 'cutover-rollback', 'beyond-forecast'] as const;
export type ScenarioId = (typeof scenarioIds)[number];

export const scenarios: { id: ScenarioId; owner: Role; only?: EventType[] }[] = [
  { id: 'database-failover', owner: 'database' },
  { id: 'cache-loss', owner: 'database' },
  { id: 'payment-timeout', owner: 'payments' },
  { id: 'waf-false-positives', owner: 'operations' },
  { id: 'zone-impairment', owner: 'operations' },
  { id: 'cutover-rollback', owner: 'database', only: ['migration'] },
  { id: 'beyond-forecast', owner: 'commander', only: ['launch', 'flash-sale', 'peak'] },
];

/**
 * Where a readiness item's fix goes: architecture changes take longest and come first, capacity before the load
 * test that proves it, WAF tuning before the rehearsal, alarms with the dashboard.
 */
export const checkPlacement: Record<string, { phase: PhaseId; owner: Role }> = {
  'unreadable-file': { phase: 'six-weeks', owner: 'engineer' },
  'multi-az': { phase: 'six-weeks', owner: 'database' },
  'queue-buffer': { phase: 'six-weeks', owner: 'application' },
  cdn: { phase: 'six-weeks', owner: 'application' },
  cache: { phase: 'six-weeks', owner: 'application' },
  'database-connections': { phase: 'five-weeks', owner: 'database' },
  'waf-rate-limit': { phase: 'three-weeks', owner: 'operations' },
  alarms: { phase: 'two-weeks', owner: 'operations' },
};
export const defaultPlacement = { phase: 'five-weeks', owner: 'operations' } as const;

export const applies = (only: readonly EventType[] | undefined, eventType: EventType) => only === undefined || only.includes(eventType);
