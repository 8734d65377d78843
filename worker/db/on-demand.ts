/**
 * D1 access for on-demand accounts, their time entries and invoices. Like db/requests.ts, changes are built as
 * statements for one batch, and a guarded account change stamps `last_change_id` so its side effects (audit,
 * e-mail) are inserted only if it applied.
 */
import { z } from 'zod';
import { AccountRow, InvoiceRow, TimeEntryRow } from '../schemas/on-demand.ts';
import { RequestRow } from '../schemas/requests.ts';
import { accountMovableFrom, accountStateRank, type AccountState } from '../services/on-demand-state.ts';
import { stateGuardedUpdate } from './guarded-update.ts';

type Value = string | number | null;

/** An account as it is first stored: pending, nothing known from Stripe yet. */
export function newAccountRow(basics: Pick<AccountRow, 'id' | 'email' | 'language' | 'created_at'>): AccountRow {
  const nothingYet = {
    checkout_session_id: null,
    stripe_customer_id: null,
    subscription_id: null,
    named_engineer: null,
    period_start: null,
    period_end: null,
    subscription_event_at: null,
    standing_event_at: null,
    activated_at: null,
    switch_off_requested_at: null,
    cancel_requested_at: null,
    ended_at: null,
    last_change_id: null,
  };
  return { ...basics, state: 'pending', state_rank: accountStateRank.pending, standing: 'good', ...nothingYet };
}

export function insertAccount(db: D1Database, row: AccountRow): D1PreparedStatement {
  const columns = Object.keys(row) as (keyof AccountRow)[];
  return db.prepare(`INSERT INTO on_demand_accounts (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).bind(...columns.map((column) => row[column]));
}

export async function findAccount(db: D1Database, id: string): Promise<AccountRow | null> {
  const row = await db.prepare('SELECT * FROM on_demand_accounts WHERE id = ?').bind(id).first();
  return row ? AccountRow.parse(row) : null;
}

/** The account a Stripe object belongs to: by our id in its metadata, else by the subscription, else by the customer. */
export async function findAccountFor(
  db: D1Database,
  keys: { accountId?: string | null | undefined; subscriptionId?: string | null | undefined; customerId?: string | null | undefined },
): Promise<AccountRow | null> {
  if (keys.accountId) {
    const byId = await findAccount(db, keys.accountId);
    if (byId) return byId;
  }
  for (const [column, value] of [
    ['subscription_id', keys.subscriptionId],
    ['stripe_customer_id', keys.customerId],
  ] as const) {
    if (!value) continue;
    const row = await db.prepare(`SELECT * FROM on_demand_accounts WHERE ${column} = ? ORDER BY created_at DESC LIMIT 1`).bind(value).first();
    if (row) return AccountRow.parse(row);
  }
  return null;
}

export interface AccountChange {
  id: string;
  accountId: string;
  /** Moves the state when set; the update then only applies from a legal predecessor. */
  to?: AccountState;
  set?: Record<string, Value>;
  where?: { sql: string; values: Value[] };
}

const accountMachine = { table: 'on_demand_accounts', movableFrom: accountMovableFrom, rank: accountStateRank };

/** An UPDATE that applies only when the account's state machine and the extra conditions allow it. */
export function accountUpdate(db: D1Database, change: AccountChange): D1PreparedStatement {
  return stateGuardedUpdate(db, accountMachine, { ...change, rowId: change.accountId });
}

/** The SQL condition "this account change applied", for side effects in the same batch. */
export const ifAccountChanged = 'EXISTS (SELECT 1 FROM on_demand_accounts WHERE id = ? AND last_change_id = ?)';

export async function casesOf(db: D1Database, accountId: string): Promise<RequestRow[]> {
  const { results } = await db.prepare('SELECT * FROM review_requests WHERE account_id = ? ORDER BY created_at DESC LIMIT 200').bind(accountId).all();
  return z.array(RequestRow).parse(results);
}

export async function timeEntriesOf(db: D1Database, where: { accountId?: string; requestId?: string }): Promise<TimeEntryRow[]> {
  const [column, value] = where.requestId ? ['request_id', where.requestId] : ['account_id', where.accountId ?? ''];
  const { results } = await db.prepare(`SELECT * FROM time_entries WHERE ${column} = ? ORDER BY started_at`).bind(value).all();
  return z.array(TimeEntryRow).parse(results);
}

export async function runningTimerOf(db: D1Database, engineer: string): Promise<TimeEntryRow | null> {
  const row = await db.prepare('SELECT * FROM time_entries WHERE engineer = ? AND stopped_at IS NULL').bind(engineer).first();
  return row ? TimeEntryRow.parse(row) : null;
}

export async function invoicesOf(db: D1Database, accountId: string): Promise<InvoiceRow[]> {
  const { results } = await db.prepare('SELECT * FROM on_demand_invoices WHERE account_id = ? ORDER BY invoice_created DESC, event_created DESC').bind(accountId).all();
  return z.array(InvoiceRow).parse(results);
}

/**
 * Stops running timers, as one UPDATE: whole seconds, rounded down (D1 binds numbers as reals, so the CAST
 * truncates, which is flooring for a difference that is never negative). `where` picks the timers: one entry,
 * an engineer's, or an account's.
 */
export function stopTimers(db: D1Database, now: number, where: { sql: string; values: Value[] }): D1PreparedStatement {
  return db.prepare(`UPDATE time_entries SET stopped_at = ?1, seconds = CAST(MAX(0, ?1 - started_at) / 1000 AS INTEGER) WHERE stopped_at IS NULL AND (${where.sql})`).bind(now, ...where.values);
}
