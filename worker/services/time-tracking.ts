/**
 * Engineer time on on-demand cases, by the second. An engineer runs at most one timer (a partial unique index
 * in D1, not a check here, so two tabs cannot race past it), only on a case they own, only while the account
 * is switched on. A stopped timer counts whole seconds, rounded down: floor((stop − start) / 1000).
 *
 * Every stopped entry with time on it becomes one meter event whose identifier is the entry's id. Reporting
 * is retried (on stop, on switch-off and by the 5-minute cron) until the provider accepts it, always with the
 * same identifier, so a retry after a lost answer never bills twice: Stripe dedupes identifiers, the local
 * provider keeps them as a primary key.
 */
import { runningTimerOf, stopTimers } from '../db/on-demand.ts';
import { insertAudit } from '../db/requests.ts';
import type { Dependencies } from '../middleware/dependencies.ts';
import { TimeEntryRow } from '../schemas/on-demand.ts';
import { assertOwner, loadCase } from './assignments.ts';
import { ApiFailure } from './errors.ts';
import { randomKey } from './secrets.ts';

export type TimeDeps = Pick<Dependencies, 'db' | 'now' | 'payments'>;

/** Whole seconds between two instants in ms, rounded down: a partial second is never billed. */
export function billableSeconds(startedAt: number, stoppedAt: number): number {
  return Math.max(0, Math.floor((stoppedAt - startedAt) / 1000));
}

const isOneTimerViolation = (error: unknown) => error instanceof Error && /UNIQUE constraint failed: time_entries\.engineer/.test(error.message);

export async function startTimer(deps: TimeDeps, requestId: string, engineer: string): Promise<string> {
  const request = await loadCase(deps, requestId);
  if (request.tier !== 'on-demand' || !request.account_id) throw new ApiFailure(409, { code: 'not-on-demand', message: 'time is tracked on on-demand cases only' });
  assertOwner(request, engineer);
  const id = randomKey();
  const now = deps.now();
  try {
    const [started] = await deps.db.batch([
      // Only on a case being worked on, and only while the customer's account is switched on.
      deps.db
        .prepare(
          `INSERT INTO time_entries (id, request_id, account_id, engineer, started_at)
           SELECT ?, r.id, r.account_id, ?, ? FROM review_requests r JOIN on_demand_accounts a ON a.id = r.account_id
           WHERE r.id = ? AND r.owner_email = ? AND r.state IN ('claimed', 'responded') AND a.state = 'active'`,
        )
        .bind(id, engineer, now, requestId, engineer),
      deps.db
        .prepare("INSERT INTO audit_log (request_id, at, actor, action) SELECT ?, ?, ?, 'timer-started' WHERE EXISTS (SELECT 1 FROM time_entries WHERE id = ?)")
        .bind(requestId, now, engineer, id),
    ]);
    if (started!.meta.changes === 0) throw new ApiFailure(409, { code: 'not-billable', message: 'time can be logged only on a case you are working on while the customer is switched on' });
  } catch (error) {
    if (isOneTimerViolation(error)) throw new ApiFailure(409, { code: 'timer-running', message: 'your timer is already running on another case; stop it first' });
    throw error;
  }
  return id;
}

/** Stops the engineer's running timer (on any case) and reports its usage; returns the entry. */
export async function stopTimer(deps: TimeDeps, engineer: string): Promise<TimeEntryRow> {
  const running = await runningTimerOf(deps.db, engineer);
  if (!running) throw new ApiFailure(409, { code: 'no-timer', message: 'you have no running timer' });
  const now = deps.now();
  await deps.db.batch([
    stopTimers(deps.db, now, { sql: 'id = ?', values: [running.id] }),
    insertAudit(deps.db, { requestId: running.request_id, at: now, actor: engineer, action: 'timer-stopped', detail: `${billableSeconds(running.started_at, now)} s` }),
  ]);
  await reportUnsentUsage(deps, { entryId: running.id });
  const stopped = await deps.db.prepare('SELECT * FROM time_entries WHERE id = ?').bind(running.id).first();
  return TimeEntryRow.parse(stopped);
}

export interface ReportResult {
  sent: number;
  failed: number;
}

/**
 * Sends the meter events not yet accepted: one entry, one account's, or all (the cron). A failure is kept on
 * the entry and retried later with the same identifier.
 */
export async function reportUnsentUsage(deps: TimeDeps, scope: { entryId?: string; accountId?: string } = {}): Promise<ReportResult> {
  const result = { sent: 0, failed: 0 };
  if (!deps.payments) return result;
  const where = scope.entryId ? 'AND t.id = ?' : scope.accountId ? 'AND t.account_id = ?' : '';
  const values = scope.entryId ? [scope.entryId] : scope.accountId ? [scope.accountId] : [];
  const { results } = await deps.db
    .prepare(
      `SELECT t.id, t.seconds, t.stopped_at, a.stripe_customer_id FROM time_entries t JOIN on_demand_accounts a ON a.id = t.account_id
       WHERE t.reported_at IS NULL AND t.seconds > 0 ${where} ORDER BY t.stopped_at LIMIT 200`,
    )
    .bind(...values)
    .all<{ id: string; seconds: number; stopped_at: number; stripe_customer_id: string | null }>();
  for (const entry of results) {
    try {
      if (!entry.stripe_customer_id) throw new Error('the account has no Stripe customer yet');
      await deps.payments.reportUsage({ identifier: entry.id, stripeCustomerId: entry.stripe_customer_id, seconds: entry.seconds, timestamp: Math.floor(entry.stopped_at / 1000) });
      await deps.db.prepare('UPDATE time_entries SET reported_at = ?, report_attempts = report_attempts + 1, last_report_error = NULL WHERE id = ?').bind(deps.now(), entry.id).run();
      result.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await deps.db.prepare('UPDATE time_entries SET report_attempts = report_attempts + 1, last_report_error = ? WHERE id = ?').bind(message.slice(0, 500), entry.id).run();
      result.failed += 1;
    }
  }
  return result;
}
