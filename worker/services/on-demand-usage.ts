/**
 * What the customer's page shows: the usage of the current billing period in seconds and money, per case,
 * and the invoices. Money is exact: seconds × the metered price's cents per second (18,000 cents an hour is
 * 5 cents a second), in whole cents, never a rounded float.
 */
import { casesOf, invoicesOf, timeEntriesOf } from '../db/on-demand.ts';
import { tiers } from '../pricing.ts';
import type { AccountRow, InvoiceRow } from '../schemas/on-demand.ts';
import type { RequestRow } from '../schemas/requests.ts';
import { billableSeconds } from './time-tracking.ts';

const hourlyCents = tiers.find((tier) => tier.id === 'on-demand')!.priceCents;
if (hourlyCents % 3600 !== 0) throw new Error('the on-demand price must be a whole number of cents per second');
/** Cents billed per second of engineer time. */
export const centsPerSecond = hourlyCents / 3600;

export const costCents = (seconds: number) => seconds * centsPerSecond;

export interface CaseUsage {
  request: RequestRow;
  /** Stopped time on the case in this period, in whole seconds. */
  seconds: number;
  /** An engineer's timer is running on it now. */
  running: boolean;
}

export interface AccountUsage {
  /** Start of the billing period the figures cover (ms). */
  periodStart: number | null;
  seconds: number;
  cents: number;
  /** Seconds of timers still running, not yet billed. */
  runningSeconds: number;
  cases: CaseUsage[];
  invoices: InvoiceRow[];
}

export async function accountUsage(db: D1Database, account: AccountRow, now: number): Promise<AccountUsage> {
  const [cases, entries, invoices] = await Promise.all([casesOf(db, account.id), timeEntriesOf(db, { accountId: account.id }), invoicesOf(db, account.id)]);
  const periodStart = account.period_start ?? account.activated_at;
  const inPeriod = entries.filter((entry) => entry.stopped_at === null || periodStart === null || entry.stopped_at >= periodStart);
  const perCase = new Map<string, { seconds: number; running: boolean }>();
  let seconds = 0;
  let runningSeconds = 0;
  for (const entry of inPeriod) {
    const usage = perCase.get(entry.request_id) ?? { seconds: 0, running: false };
    if (entry.stopped_at === null) {
      usage.running = true;
      runningSeconds += billableSeconds(entry.started_at, now);
    } else {
      usage.seconds += entry.seconds ?? 0;
      seconds += entry.seconds ?? 0;
    }
    perCase.set(entry.request_id, usage);
  }
  return {
    periodStart,
    seconds,
    cents: costCents(seconds),
    runningSeconds,
    cases: cases.map((request) => ({ request, ...(perCase.get(request.id) ?? { seconds: 0, running: false }) })),
    invoices,
  };
}
