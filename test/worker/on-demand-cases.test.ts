/** On-demand cases: opened while switched on, the named engineer first (with a fallback and a handover note), switch-off in order. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { deliverQueuedEvents } from '../../worker/integrations/payments/local-delivery';
import { localPayments } from '../../worker/integrations/payments/local';
import { claimCase } from '../../worker/services/assignments';
import { deliver, sendFirstResponse } from '../../worker/services/casework';
import type { ApiFailure } from '../../worker/services/errors';
import { openCase, switchOff } from '../../worker/services/on-demand';
import { reservationMinutes, setAway } from '../../worker/services/on-demand-claims';
import { startTimer } from '../../worker/services/time-tracking';
import { insertAccountRow, insertActiveAccount, insertCase, readAccount } from './on-demand-helpers';
import { origin, readRequest } from './paid-reviews';
import { SELF } from 'cloudflare:test';

function depsAt(start = Date.now()) {
  let now = start;
  const clock = () => now;
  return {
    deps: { db: env.DB, now: clock, origin, payments: localPayments(env.DB, origin, clock), signingSecret: 'test-signing-secret', reviewers: ['ana@plumbline.local', 'lin@plumbline.local'] },
    advance: (ms: number) => (now += ms),
  };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: ApiFailure) => ({ status: error.status, code: error.body.code }),
  );
const named = async (accountId: string) => (await readAccount(accountId))!.named_engineer;

describe('opening a case', () => {
  it('starts a case paid (covered by the subscription) with a 4-hour first-response target, told to every reviewer while there is no named engineer', async () => {
    const { deps } = depsAt();
    const account = await insertActiveAccount();
    const request = await openCase(deps, account, { summary: 'Our queue consumers keep falling behind at night.', critical: false });
    const stored = (await readRequest(request.id))!;
    expect(stored).toMatchObject({ tier: 'on-demand', state: 'paid', price_cents: 0, account_id: account.id, critical: 0, reserved_for: null });
    expect(stored.first_response_due_at! - stored.paid_at!).toBe(4 * 3600_000);
    const mail = await env.DB.prepare("SELECT to_address FROM emails WHERE request_id = ? AND kind = 'reviewer-new-case' ORDER BY to_address").bind(request.id).all<{ to_address: string }>();
    expect(mail.results.map((row) => row.to_address)).toEqual(['ana@plumbline.local', 'lin@plumbline.local']);
  });

  it('pages the named engineer for a critical case, with a 15-minute first response', async () => {
    const { deps } = depsAt();
    const account = await insertActiveAccount({ named_engineer: 'lin@plumbline.local' });
    const request = await openCase(deps, account, { summary: 'Checkout is returning 502 for every customer.', critical: true });
    const stored = (await readRequest(request.id))!;
    expect(stored.first_response_due_at! - stored.paid_at!).toBe(15 * 60_000);
    expect(stored).toMatchObject({ critical: 1, reserved_for: 'lin@plumbline.local', reserved_until: stored.paid_at! + reservationMinutes.critical * 60_000 });
    const page = await env.DB.prepare('SELECT reason, engineer_email, respond_by - raised_at AS window FROM pages WHERE request_id = ?').bind(request.id).first();
    expect(page).toEqual({ reason: 'critical-case', engineer_email: 'lin@plumbline.local', window: 15 * 60_000 });
  });

  it('refuses a case unless the account is switched on', async () => {
    const { deps } = depsAt();
    for (const state of ['pending', 'ending', 'ended'] as const) {
      expect(await failure(openCase(deps, await insertAccountRow({ state }), { summary: 'Is anyone there to help us?', critical: false }))).toEqual({ status: 409, code: 'not-active' });
    }
  });
});

describe('the named engineer', () => {
  it("is the first engineer to own one of the customer's cases, and gets the later cases first", async () => {
    const { deps } = depsAt();
    const account = await insertActiveAccount();
    const first = await openCase(deps, account, { summary: 'First question about our VPC peering.', critical: false });
    await claimCase(deps, first.id, 'ana@plumbline.local');
    expect(await named(account.id)).toBe('ana@plumbline.local');
    const second = await openCase(deps, (await readAccount(account.id))!, { summary: 'Second question about the NAT gateways.', critical: false });
    expect((await readRequest(second.id))!.reserved_for).toBe('ana@plumbline.local');
    expect(await failure(claimCase(deps, second.id, 'lin@plumbline.local', 'I can take it now.'))).toEqual({ status: 409, code: 'reserved' });
    await claimCase(deps, second.id, 'ana@plumbline.local');
    expect((await readRequest(second.id))!.owner_email).toBe('ana@plumbline.local');
  });

  it('falls back to anyone while the named engineer is away, with a handover note, and stays the named engineer', async () => {
    const { deps } = depsAt();
    const account = await insertActiveAccount({ named_engineer: `away-${crypto.randomUUID()}@plumbline.local` });
    const request = await openCase(deps, account, { summary: 'Database CPU at 95 % since this morning.', critical: false });
    await setAway(env.DB, account.named_engineer!, true, Date.now());
    expect(await failure(claimCase(deps, request.id, 'lin@plumbline.local'))).toEqual({ status: 422, code: 'handover-note-required' });
    await claimCase(deps, request.id, 'lin@plumbline.local', 'Took it while you were away: CPU was a missing index on orders.');
    expect(await readRequest(request.id)).toMatchObject({ owner_email: 'lin@plumbline.local', handover_note: 'Took it while you were away: CPU was a missing index on orders.' });
    expect(await named(account.id)).toBe(account.named_engineer);
    // New cases go to everyone while the named engineer is away.
    const next = await openCase(deps, (await readAccount(account.id))!, { summary: 'Another one while they are away.', critical: false });
    const mail = await env.DB.prepare("SELECT COUNT(*) AS n FROM emails WHERE request_id = ? AND kind = 'reviewer-new-case'").bind(next.id).first<{ n: number }>();
    expect(mail!.n).toBe(2);
  });

  it('falls back to anyone once the reservation has run out unclaimed', async () => {
    const { deps, advance } = depsAt();
    const account = await insertActiveAccount({ named_engineer: `busy-${crypto.randomUUID()}@plumbline.local` });
    const request = await openCase(deps, account, { summary: 'Critical: the payment webhook is timing out.', critical: true });
    advance(reservationMinutes.critical * 60_000 - 1);
    expect(await failure(claimCase(deps, request.id, 'ana@plumbline.local', 'Taking it: you did not pick it up in time.'))).toEqual({ status: 409, code: 'reserved' });
    advance(1);
    await claimCase(deps, request.id, 'ana@plumbline.local', 'Taking it: you did not pick it up in time.');
    expect((await readRequest(request.id))!.owner_email).toBe('ana@plumbline.local');
  });
});

describe('switching off', () => {
  it('stops running timers and reports their usage before cancelling, then ends from the deletion event with the final invoice', async () => {
    const { deps, advance } = depsAt();
    const account = await insertActiveAccount();
    const request = await openCase(deps, account, { summary: 'Help us size the cache cluster.', critical: false });
    const me = `timer-${crypto.randomUUID()}@plumbline.local`;
    await env.DB.prepare("UPDATE review_requests SET state = 'claimed', state_rank = 3, owner_email = ? WHERE id = ?").bind(me, request.id).run();
    await env.DB.prepare('INSERT INTO local_subscriptions (id, customer_id, account_id, status, created_at, period_start) VALUES (?, ?, ?, ?, ?, ?)')
      .bind(account.subscription_id, account.stripe_customer_id, account.id, 'active', Date.now(), Date.now())
      .run();
    await startTimer(deps, request.id, me);
    advance(125_700);
    await switchOff(deps, account);
    expect((await readAccount(account.id))!).toMatchObject({ state: 'ending' });
    const entry = await env.DB.prepare('SELECT seconds, reported_at FROM time_entries WHERE request_id = ?').bind(request.id).first<{ seconds: number; reported_at: number }>();
    expect(entry!.seconds).toBe(125);
    expect(entry!.reported_at).not.toBeNull();
    expect(await failure(startTimer(deps, request.id, me))).toEqual({ status: 409, code: 'not-billable' });
    // The local provider queued what Stripe would send: the final invoice, then the deletion.
    const delivered = await deliverQueuedEvents(
      env.DB,
      (body, signature) => SELF.fetch(`${origin}/api/billing/webhook`, { method: 'POST', body, headers: { 'stripe-signature': signature } }),
      Date.now(),
    );
    expect(delivered).toBeGreaterThanOrEqual(2);
    expect((await readAccount(account.id))!.state).toBe('ended');
    expect(await env.DB.prepare('SELECT status, amount_due_cents FROM on_demand_invoices WHERE account_id = ?').bind(account.id).first()).toEqual({ status: 'paid', amount_due_cents: 125 * 5 });
  });

  it('refuses to switch off an account that is not on', async () => {
    const { deps } = depsAt();
    expect(await failure(switchOff(deps, await insertAccountRow({ state: 'ended' })))).toEqual({ status: 409, code: 'not-active' });
  });
});

describe('switching off, twice at once or after a failure', () => {
  it('cancels once when switch-off is pressed twice at the same moment, and retries a cancellation the provider refused', async () => {
    const { deps } = depsAt();
    const cancelled: string[] = [];
    let refuse = true;
    const payments = {
      ...deps.payments,
      async cancelSubscription(id: string) {
        cancelled.push(id);
        if (refuse) throw new Error('Stripe is unreachable');
      },
    };
    const account = await insertActiveAccount();
    await expect(switchOff({ ...deps, payments }, account)).rejects.toThrow('Stripe is unreachable');
    expect((await readAccount(account.id))!).toMatchObject({ state: 'ending', cancel_requested_at: null });
    refuse = false;
    const ending = (await readAccount(account.id))!;
    await Promise.all([switchOff({ ...deps, payments }, ending), switchOff({ ...deps, payments }, ending)]);
    expect(cancelled).toEqual([account.subscription_id, account.subscription_id]);
    expect((await readAccount(account.id))!.cancel_requested_at).not.toBeNull();
  });
});

describe('the five-minute cron', () => {
  it('resends unreported usage with the same identifier, finishes a half-done switch-off and delivers the local events', async () => {
    const { default: worker } = await import('../../worker/index');
    const account = await insertActiveAccount({ state: 'ending', switch_off_requested_at: Date.now() });
    await env.DB.prepare('INSERT INTO local_subscriptions (id, customer_id, account_id, status, created_at, period_start) VALUES (?, ?, ?, ?, ?, ?)')
      .bind(account.subscription_id, account.stripe_customer_id, account.id, 'active', Date.now(), Date.now())
      .run();
    const request = await insertCase(account, 'ana@plumbline.local');
    const entryId = `cron-${account.id}`;
    await env.DB.prepare(
      "INSERT INTO time_entries (id, request_id, account_id, engineer, started_at, stopped_at, seconds, report_attempts, last_report_error) VALUES (?, ?, ?, ?, ?, ?, 77, 1, 'Stripe is unreachable')",
    )
      .bind(entryId, request.id, account.id, `cron-${account.id}@plumbline.local`, Date.now() - 77_000, Date.now())
      .run();
    const waits: Promise<unknown>[] = [];
    const controller = { scheduledTime: Date.now(), cron: '*/5 * * * *', noRetry() {} } as ScheduledController;
    await worker.scheduled(controller, env, { waitUntil: (promise: Promise<unknown>) => waits.push(promise), passThroughOnException() {}, props: {} } as unknown as ExecutionContext);
    await Promise.all(waits);
    expect(await env.DB.prepare('SELECT identifier, value FROM local_meter_events WHERE identifier = ?').bind(entryId).first()).toEqual({ identifier: entryId, value: 77 });
    expect((await readAccount(account.id))!.state).toBe('ended');
    expect(await env.DB.prepare('SELECT status, amount_due_cents FROM on_demand_invoices WHERE account_id = ?').bind(account.id).first()).toEqual({ status: 'paid', amount_due_cents: 77 * 5 });
  });
});

describe('the existing case flows', () => {
  it('claim, first response and delivery work on an on-demand case as on any review', async () => {
    const { deps } = depsAt();
    const account = await insertActiveAccount();
    const request = await openCase(deps, account, { summary: 'Is our failover tested well enough?', critical: false });
    await claimCase(deps, request.id, 'lin@plumbline.local');
    await sendFirstResponse(deps, request.id, 'lin@plumbline.local', 'Looking at the failover runbook now; first findings within the hour.');
    await deliver(deps, request.id, 'lin@plumbline.local', '## Answer\n\nThe failover works; add an alarm on replica lag.');
    expect(await readRequest(request.id)).toMatchObject({ state: 'delivered', owner_email: 'lin@plumbline.local' });
    const kinds = await env.DB.prepare('SELECT kind FROM emails WHERE request_id = ? AND to_address = ? ORDER BY created_at, rowid').bind(request.id, account.email).all<{ kind: string }>();
    expect(kinds.results.map((row) => row.kind)).toEqual(['claimed', 'first-response', 'delivered']);
  });
});
