/**
 * First-response promises. A request's deadline is set when it is paid (paid_at + the tier's promise);
 * the cron flags cases once 80 % of the time is used and again when the deadline passes, telling the owner
 * (or every reviewer, while nobody owns it). Metrics compare first-response times with each tier's target.
 */
import { z } from 'zod';
import { guardedUpdate, insertAudit, insertEmail } from '../db/requests.ts';
import type { Dependencies } from '../middleware/dependencies.ts';
import { tiers } from '../pricing.ts';
import { RequestRow } from '../schemas/requests.ts';
import { caseLink } from './assignments.ts';
import { composeEmail, formatDeadline } from './notifications.ts';
import { tierName } from './requests.ts';
import { randomKey } from './secrets.ts';

/** Share of the first-response time after which a case counts as nearing its deadline. */
export const nearingShare = 0.8;

export type SlaDeps = Pick<Dependencies, 'db' | 'now' | 'origin' | 'reviewers'>;

export function slaStatus(request: Pick<RequestRow, 'paid_at' | 'first_response_due_at' | 'first_response_at'>, now: number): 'met' | 'missed' | 'on-time' | 'nearing' | 'overdue' | null {
  if (request.paid_at === null || request.first_response_due_at === null) return null;
  if (request.first_response_at !== null) return request.first_response_at <= request.first_response_due_at ? 'met' : 'missed';
  if (now >= request.first_response_due_at) return 'overdue';
  return now >= request.paid_at + nearingShare * (request.first_response_due_at - request.paid_at) ? 'nearing' : 'on-time';
}

/** Flags and notifies; returns how many cases changed flag. Idempotent: each flag is raised once. */
export async function flagDeadlines(deps: SlaDeps): Promise<{ nearing: number; breached: number }> {
  const now = deps.now();
  const { results } = await deps.db
    .prepare(
      "SELECT * FROM review_requests WHERE state IN ('paid', 'claimed') AND first_response_at IS NULL AND first_response_due_at IS NOT NULL AND (sla_flag IS NULL OR sla_flag = 'nearing') LIMIT 500",
    )
    .all();
  const counts = { nearing: 0, breached: 0 };
  for (const request of z.array(RequestRow).parse(results)) {
    const status = slaStatus(request, now);
    const flag = status === 'overdue' ? 'breached' : status === 'nearing' && request.sla_flag === null ? 'nearing' : null;
    if (!flag) continue;
    const change = randomKey();
    const kind = flag === 'breached' ? 'reviewer-sla-breached' : 'reviewer-sla-nearing';
    const recipients = request.owner_email ? [request.owner_email] : deps.reviewers;
    const text = composeEmail(kind, 'en', { tier: tierName(request.tier, 'en'), link: caseLink(deps, request.id), deadline: formatDeadline(request.first_response_due_at!, 'en') });
    const [flagged] = await deps.db.batch([
      guardedUpdate(deps.db, {
        id: change,
        requestId: request.id,
        set: { sla_flag: flag },
        where: { sql: 'first_response_at IS NULL AND (sla_flag IS NULL OR sla_flag = ?)', values: [flag === 'breached' ? 'nearing' : 'none'] },
      }),
      insertAudit(
        deps.db,
        { requestId: request.id, at: now, actor: 'system', action: flag === 'breached' ? 'sla-breached' : 'sla-nearing', detail: `deadline ${new Date(request.first_response_due_at!).toISOString()}` },
        change,
      ),
      ...recipients.map((to) => insertEmail(deps.db, { id: randomKey(), requestId: request.id, to, language: 'en', kind, ...text, createdAt: now }, change)),
    ]);
    if (flagged!.meta.changes > 0) counts[flag]++;
  }
  return counts;
}

export interface TierMetrics {
  tier: string;
  targetMinutes: number;
  /** Cases with a first response. */
  responded: number;
  p50Minutes: number | null;
  p90Minutes: number | null;
  /** Responses after the deadline, plus open cases already past it. */
  breaches: number;
  /** Open cases still waiting for a first response. */
  waiting: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], share: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

export async function firstResponseMetrics(deps: Pick<Dependencies, 'db' | 'now'>): Promise<TierMetrics[]> {
  const now = deps.now();
  const { results } = await deps.db.prepare('SELECT * FROM review_requests WHERE paid_at IS NOT NULL').all();
  const paid = z.array(RequestRow).parse(results);
  return tiers
    .filter((tier) => tier.billing === 'per-review')
    .map((tier) => {
      const ofTier = paid.filter((request) => request.tier === tier.id);
      const minutes = ofTier
        .filter((request) => request.first_response_at !== null)
        .map((request) => (request.first_response_at! - request.paid_at!) / 60_000)
        .sort((a, b) => a - b);
      const statuses = ofTier.map((request) => (request.state === 'refunded' ? null : slaStatus(request, now)));
      return {
        tier: tier.id,
        targetMinutes: tier.firstResponseMinutes,
        responded: minutes.length,
        p50Minutes: percentile(minutes, 0.5),
        p90Minutes: percentile(minutes, 0.9),
        breaches: statuses.filter((status) => status === 'missed' || status === 'overdue').length,
        waiting: statuses.filter((status) => status === 'on-time' || status === 'nearing' || status === 'overdue').length,
      };
    });
}
