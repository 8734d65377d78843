/**
 * The named engineer. The first engineer to own one of a customer's on-demand cases becomes the account's
 * named engineer; each later case is reserved for them when it is opened. Someone else may claim a reserved
 * case only when the named engineer is marked away or the reservation has run out (5 minutes for a critical
 * case, 60 otherwise), and then writes a handover note that the named engineer sees on the case.
 */
import type { Dependencies } from '../middleware/dependencies.ts';
import type { RequestRow } from '../schemas/requests.ts';
import { ApiFailure } from './errors.ts';

/** How long a new case waits for the named engineer before anyone may claim it, in minutes. */
export const reservationMinutes = { critical: 5, normal: 60 } as const;

type Value = string | number | null;

/** What an on-demand claim adds to the claim's guarded UPDATE, and what it does once the claim applied. */
export interface ClaimTerms {
  where?: { sql: string; values: Value[] };
  set: Record<string, Value>;
  /** Statements for the same batch, given the claim's change id. */
  after: (changeId: string) => D1PreparedStatement[];
}

export async function isAway(db: D1Database, email: string): Promise<boolean> {
  const row = await db.prepare('SELECT away FROM reviewer_presence WHERE email = ?').bind(email).first<{ away: number }>();
  return row?.away === 1;
}

export async function awayReviewers(db: D1Database): Promise<Set<string>> {
  const { results } = await db.prepare('SELECT email FROM reviewer_presence WHERE away = 1').all<{ email: string }>();
  return new Set(results.map((row) => row.email));
}

export async function setAway(db: D1Database, email: string, away: boolean, now: number): Promise<void> {
  await db
    .prepare('INSERT INTO reviewer_presence (email, away, updated_at) VALUES (?, ?, ?) ON CONFLICT (email) DO UPDATE SET away = excluded.away, updated_at = excluded.updated_at')
    .bind(email, away ? 1 : 0, now)
    .run();
}

/** Whether `reviewer` may claim the case now, and if not, why; `fallback` when they claim in the named engineer's place. */
export function reservationFor(request: Pick<RequestRow, 'reserved_for' | 'reserved_until'>, reviewer: string, namedAway: boolean, now: number): 'open' | 'yours' | 'fallback' | 'reserved' {
  if (!request.reserved_for) return 'open';
  if (request.reserved_for === reviewer) return 'yours';
  return namedAway || (request.reserved_until != null && now >= request.reserved_until) ? 'fallback' : 'reserved';
}

/** The on-demand rules of a claim; null for other tiers. Throws 409 while reserved, 422 without a handover note. */
export async function onDemandClaimTerms(deps: Pick<Dependencies, 'db' | 'now'>, request: RequestRow, reviewer: string, handoverNote: string | undefined): Promise<ClaimTerms | null> {
  if (request.tier !== 'on-demand' || !request.account_id) return null;
  const now = deps.now();
  const named = request.reserved_for;
  const reservation = reservationFor(request, reviewer, named ? await isAway(deps.db, named) : false, now);
  if (reservation === 'reserved') {
    throw new ApiFailure(409, { code: 'reserved', message: `${named} is this customer's named engineer: the case is theirs first, until they are marked away or the reservation runs out` });
  }
  const terms: ClaimTerms = {
    set: {},
    // The first owner of any of the customer's cases becomes their named engineer.
    after: (changeId) => [
      deps.db
        .prepare('UPDATE on_demand_accounts SET named_engineer = ? WHERE id = ? AND named_engineer IS NULL AND EXISTS (SELECT 1 FROM review_requests WHERE id = ? AND last_change_id = ?)')
        .bind(reviewer, request.account_id!, request.id, changeId),
    ],
  };
  if (reservation === 'fallback') {
    const note = handoverNote?.trim() ?? '';
    if (note.length < 10) throw new ApiFailure(422, { code: 'handover-note-required', message: `write a handover note for ${named}, the customer's named engineer (at least 10 characters)` });
    terms.set = { handover_note: note };
    // Checked again in the UPDATE itself, so a named engineer coming back at that moment keeps the case.
    terms.where = { sql: 'reserved_until <= ? OR EXISTS (SELECT 1 FROM reviewer_presence WHERE email = ? AND away = 1)', values: [now, named!] };
  }
  return terms;
}
