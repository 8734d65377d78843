/** Engineer time by the second: one running timer per engineer, whole seconds rounded down, meter events sent once. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { localPayments } from '../../worker/integrations/payments/local';
import type { Payments, UsageReport } from '../../worker/integrations/payments/payments';
import type { ApiFailure } from '../../worker/services/errors';
import { billableSeconds, reportUnsentUsage, startTimer, stopTimer } from '../../worker/services/time-tracking';
import { insertAccountRow, insertActiveAccount, insertCase } from './on-demand-helpers';
import { origin } from './paid-reviews';

function clock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const engineer = () => `eng-${crypto.randomUUID()}@plumbline.local`;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: ApiFailure) => ({ status: error.status, code: error.body.code }),
  );
const meterEvents = (customer: string) =>
  env.DB.prepare('SELECT identifier, value FROM local_meter_events WHERE customer_id = ?')
    .bind(customer)
    .all<{ identifier: string; value: number }>()
    .then((result) => result.results);

describe('timers', () => {
  it('counts whole seconds, rounded down: a partial second is never billed', () => {
    expect(billableSeconds(0, 999)).toBe(0);
    expect(billableSeconds(0, 1_000)).toBe(1);
    expect(billableSeconds(1_000, 62_999)).toBe(61);
    expect(billableSeconds(5_000, 4_000)).toBe(0);
  });

  it('stops a timer at whole seconds and reports it as one meter event with the entry id as identifier', async () => {
    const time = clock();
    const deps = { db: env.DB, now: time.now, payments: localPayments(env.DB, origin, time.now) };
    const account = await insertActiveAccount();
    const me = engineer();
    const request = await insertCase(account, me);
    const entryId = await startTimer(deps, request.id, me);
    time.advance(754_999);
    const entry = await stopTimer(deps, me);
    expect(entry).toMatchObject({ id: entryId, seconds: 754 });
    expect(entry.reported_at).not.toBeNull();
    expect(await meterEvents(account.stripe_customer_id!)).toEqual([{ identifier: entryId, value: 754 }]);
  });

  it('allows one running timer per engineer, enforced by the database', async () => {
    const time = clock();
    const deps = { db: env.DB, now: time.now, payments: localPayments(env.DB, origin, time.now) };
    const account = await insertActiveAccount();
    const me = engineer();
    const [first, second] = [await insertCase(account, me), await insertCase(account, me)];
    await startTimer(deps, first.id, me);
    expect(await failure(startTimer(deps, second.id, me))).toEqual({ status: 409, code: 'timer-running' });
    // Even a direct INSERT cannot start a second one: the partial unique index refuses it.
    await expect(
      env.DB.prepare('INSERT INTO time_entries (id, request_id, account_id, engineer, started_at) VALUES (?, ?, ?, ?, ?)').bind(crypto.randomUUID(), second.id, account.id, me, time.now()).run(),
    ).rejects.toThrow(/UNIQUE/);
    time.advance(5_000);
    await stopTimer(deps, me);
    await startTimer(deps, second.id, me);
  });

  it('lets two engineers run timers at once, and runs them only on cases they own while the account is on', async () => {
    const time = clock();
    const deps = { db: env.DB, now: time.now, payments: localPayments(env.DB, origin, time.now) };
    const account = await insertActiveAccount();
    const [ana, lin] = [engineer(), engineer()];
    const [hers, his] = [await insertCase(account, ana), await insertCase(account, lin)];
    await startTimer(deps, hers.id, ana);
    await startTimer(deps, his.id, lin);
    expect(await failure(startTimer(deps, hers.id, lin))).toEqual({ status: 409, code: 'not-owner' });
    const ended = await insertAccountRow({ state: 'ended' });
    const lateCase = await insertCase(ended, ana);
    await stopTimer(deps, ana);
    expect(await failure(startTimer(deps, lateCase.id, ana))).toEqual({ status: 409, code: 'not-billable' });
  });
});

describe('meter events', () => {
  it('resends an unsent entry with the same identifier, so a retry never bills twice', async () => {
    const time = clock();
    const sent: UsageReport[] = [];
    let down = true;
    const flaky: Payments = {
      ...localPayments(env.DB, origin, time.now),
      async reportUsage(usage) {
        sent.push(usage);
        if (down) throw new Error('Stripe is unreachable');
      },
    };
    const deps = { db: env.DB, now: time.now, payments: flaky };
    const account = await insertActiveAccount();
    const me = engineer();
    const request = await insertCase(account, me);
    const entryId = await startTimer(deps, request.id, me);
    time.advance(90_400);
    const stopped = await stopTimer(deps, me);
    expect(stopped).toMatchObject({ seconds: 90, reported_at: null, report_attempts: 1, last_report_error: 'Stripe is unreachable' });
    down = false;
    expect(await reportUnsentUsage(deps, { accountId: account.id })).toEqual({ sent: 1, failed: 0 });
    expect(await reportUnsentUsage(deps, { accountId: account.id })).toEqual({ sent: 0, failed: 0 });
    expect(sent.map((usage) => usage.identifier)).toEqual([entryId, entryId]);
    expect(sent[1]).toEqual({ identifier: entryId, stripeCustomerId: account.stripe_customer_id, seconds: 90, timestamp: Math.floor(time.now() / 1000) });
  });

  it('keeps one local meter event per identifier however often it is sent', async () => {
    const payments = localPayments(env.DB, origin, Date.now);
    const usage = { identifier: `entry-${crypto.randomUUID()}`, stripeCustomerId: `cus_${crypto.randomUUID()}`, seconds: 42, timestamp: Math.floor(Date.now() / 1000) };
    await Promise.all([payments.reportUsage(usage), payments.reportUsage(usage), payments.reportUsage({ ...usage, seconds: 43 })]);
    expect(await meterEvents(usage.stripeCustomerId)).toEqual([{ identifier: usage.identifier, value: 42 }]);
  });

  it('sends nothing for an entry shorter than a second', async () => {
    const time = clock();
    const deps = { db: env.DB, now: time.now, payments: localPayments(env.DB, origin, time.now) };
    const account = await insertActiveAccount();
    const me = engineer();
    await startTimer(deps, (await insertCase(account, me)).id, me);
    time.advance(999);
    expect(await stopTimer(deps, me)).toMatchObject({ seconds: 0, reported_at: null });
    expect(await meterEvents(account.stripe_customer_id!)).toEqual([]);
  });
});

describe('usage this period', () => {
  it('sums the stopped seconds since the period started, prices them at exactly 5 cents each, and keeps a running timer apart', async () => {
    const { accountUsage } = await import('../../worker/services/on-demand-usage');
    const now = Date.now();
    const account = await insertActiveAccount({ period_start: now - 3600_000 });
    const me = engineer();
    const request = await insertCase(account, me);
    const entry = (id: string, startedAt: number, stoppedAt: number | null, seconds: number | null) =>
      env.DB.prepare('INSERT INTO time_entries (id, request_id, account_id, engineer, started_at, stopped_at, seconds) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .bind(id, request.id, account.id, `${id}-${me}`, startedAt, stoppedAt, seconds)
        .run();
    await entry(`old-${account.id}`, now - 7200_000, now - 7000_000, 200); // last period: not counted
    await entry(`a-${account.id}`, now - 3000_000, now - 2000_000, 1_000);
    await entry(`b-${account.id}`, now - 1000_000, now - 999_999, 0);
    await entry(`c-${account.id}`, now - 90_000, now - 90_000 + 33_999, 33);
    await entry(`run-${account.id}`, now - 10_500, null, null);
    const usage = await accountUsage(env.DB, account, now);
    expect(usage).toMatchObject({ periodStart: now - 3600_000, seconds: 1_033, cents: 5_165, runningSeconds: 10 });
    expect(usage.cases).toEqual([expect.objectContaining({ seconds: 1_033, running: true })]);
  });
});
