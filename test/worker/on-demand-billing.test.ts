/** The on-demand subscription's webhooks with the real stripe SDK offline: signed events, applied once, forward only. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { deliver } from './paid-reviews';
import { insertAccountRow, insertActiveAccount, insertCase, invoiceEvent, readAccount, subscriptionCheckoutEvent, subscriptionEvent } from './on-demand-helpers';

const outcomeOf = async (event: object) => (await (await deliver(event)).json<{ outcome: string }>()).outcome;
const emailKinds = async (to: string) =>
  (await env.DB.prepare('SELECT kind FROM emails WHERE to_address = ? ORDER BY created_at, rowid').bind(to).all<{ kind: string }>()).results.map((row) => row.kind);
const uniqueEmail = () => `ops-${crypto.randomUUID()}@example.com`;

describe('switching on', () => {
  it('activates an account from checkout.session.completed in subscription mode, once, and records its customer and subscription', async () => {
    const account = await insertAccountRow({ email: uniqueEmail() });
    const event = subscriptionCheckoutEvent('checkout.session.completed', account);
    expect(await outcomeOf(event)).toBe('applied');
    expect(await outcomeOf(event)).toBe('duplicate');
    const active = (await readAccount(account.id))!;
    expect(active).toMatchObject({ state: 'active', stripe_customer_id: `cus_${account.id}`, subscription_id: `sub_${account.id}` });
    expect(await emailKinds(account.email)).toEqual(['on-demand-active']);
    expect(await env.DB.prepare('SELECT account_id, outcome FROM billing_events WHERE id = ?').bind(event.id).first()).toEqual({ account_id: account.id, outcome: 'applied' });
  });

  it('activates from customer.subscription.created too, and the completed checkout that follows changes no state and sends no second e-mail', async () => {
    const account = await insertAccountRow({ email: uniqueEmail() });
    expect(await outcomeOf(subscriptionEvent('customer.subscription.created', account))).toBe('applied');
    expect((await readAccount(account.id))!.state).toBe('active');
    expect(await outcomeOf(subscriptionCheckoutEvent('checkout.session.completed', account))).toBe('no-change');
    expect(await emailKinds(account.email)).toEqual(['on-demand-active']);
  });

  it('records the billing period from the subscription item, and an older update never overwrites a newer one', async () => {
    const account = await insertActiveAccount({ subscription_id: null, stripe_customer_id: null });
    const now = Math.floor(Date.now() / 1000);
    expect(await outcomeOf(subscriptionEvent('customer.subscription.updated', account, { periodStart: now - 100, created: now }))).toBe('applied');
    expect(await outcomeOf(subscriptionEvent('customer.subscription.updated', account, { periodStart: now - 999_999, created: now - 60 }))).toBe('no-change');
    expect((await readAccount(account.id))!.period_start).toBe((now - 100) * 1000);
  });

  it('abandons a pending account when its checkout expires, and a later completion cannot switch it on', async () => {
    const account = await insertAccountRow();
    expect(await outcomeOf(subscriptionCheckoutEvent('checkout.session.expired', account))).toBe('applied');
    expect(await outcomeOf(subscriptionCheckoutEvent('checkout.session.completed', account))).toBe('no-change');
    expect((await readAccount(account.id))!.state).toBe('abandoned');
  });

  it("ignores another product's subscription and answers an account id we do not have as unknown", async () => {
    expect(await outcomeOf(subscriptionEvent('customer.subscription.created', { id: 'AAAAAAAAAAAAAAAAAAAAAA' }, { metadata: false, subscription: 'sub_nobody', customer: 'cus_nobody' }))).toBe(
      'ignored',
    );
    expect(await outcomeOf(subscriptionEvent('customer.subscription.created', { id: 'AAAAAAAAAAAAAAAAAAAAAA' }, { subscription: 'sub_nobody', customer: 'cus_nobody' }))).toBe('unknown-request');
  });
});

describe('switching off', () => {
  it('ends the account only from customer.subscription.deleted, stops a timer still running and e-mails the customer', async () => {
    const account = await insertActiveAccount({ email: uniqueEmail(), state: 'ending', subscription_id: null, stripe_customer_id: null });
    const request = await insertCase(account, 'reviewer@plumbline.local');
    await env.DB.prepare('INSERT INTO time_entries (id, request_id, account_id, engineer, started_at) VALUES (?, ?, ?, ?, ?)')
      .bind(`te_${account.id}`, request.id, account.id, `deleted-${account.id}@plumbline.local`, Date.now() - 61_500)
      .run();
    expect(await outcomeOf(subscriptionEvent('customer.subscription.deleted', account))).toBe('applied');
    const ended = (await readAccount(account.id))!;
    expect(ended.state).toBe('ended');
    expect(ended.ended_at).not.toBeNull();
    const entry = await env.DB.prepare('SELECT seconds, stopped_at FROM time_entries WHERE id = ?').bind(`te_${account.id}`).first<{ seconds: number; stopped_at: number }>();
    expect(entry!.stopped_at).not.toBeNull();
    expect(entry!.seconds).toBeGreaterThanOrEqual(61);
    expect(await emailKinds(account.email)).toEqual(['on-demand-ended']);
  });

  it('keeps an ended account ended when a late created or updated event arrives', async () => {
    const account = await insertAccountRow();
    expect(await outcomeOf(subscriptionEvent('customer.subscription.deleted', account))).toBe('applied');
    await outcomeOf(subscriptionEvent('customer.subscription.created', account, { created: Math.floor(Date.now() / 1000) - 30 }));
    await outcomeOf(subscriptionCheckoutEvent('checkout.session.completed', account));
    expect((await readAccount(account.id))!.state).toBe('ended');
  });
});

describe('invoices and payment standing', () => {
  it('marks the account past due after invoice.payment_failed and in good standing after a newer invoice.paid', async () => {
    const account = await insertActiveAccount();
    const now = Math.floor(Date.now() / 1000);
    expect(await outcomeOf(invoiceEvent('invoice.payment_failed', account, { invoice: `in_a_${account.id}`, created: now - 10 }))).toBe('applied');
    expect((await readAccount(account.id))!.standing).toBe('past_due');
    expect(await outcomeOf(invoiceEvent('invoice.paid', account, { invoice: `in_a_${account.id}`, created: now }))).toBe('applied');
    expect((await readAccount(account.id))!.standing).toBe('good');
    const invoice = await env.DB.prepare('SELECT status, amount_paid_cents FROM on_demand_invoices WHERE id = ?').bind(`in_a_${account.id}`).first();
    expect(invoice).toEqual({ status: 'paid', amount_paid_cents: 1_500 });
  });

  it('never lets an older failure overwrite a newer payment, in standing or on the invoice', async () => {
    const account = await insertActiveAccount();
    const now = Math.floor(Date.now() / 1000);
    expect(await outcomeOf(invoiceEvent('invoice.paid', account, { invoice: `in_b_${account.id}`, created: now }))).toBe('applied');
    expect(await outcomeOf(invoiceEvent('invoice.payment_failed', account, { invoice: `in_b_${account.id}`, created: now - 5 }))).toBe('no-change');
    expect((await readAccount(account.id))!.standing).toBe('good');
    expect(await env.DB.prepare('SELECT status FROM on_demand_invoices WHERE id = ?').bind(`in_b_${account.id}`).first()).toEqual({ status: 'paid' });
  });

  it('lets a payment win over a failure stamped the same second', async () => {
    const account = await insertActiveAccount();
    const now = Math.floor(Date.now() / 1000);
    await outcomeOf(invoiceEvent('invoice.paid', account, { invoice: `in_c_${account.id}`, created: now }));
    await outcomeOf(invoiceEvent('invoice.payment_failed', account, { invoice: `in_c_${account.id}`, created: now }));
    expect((await readAccount(account.id))!.standing).toBe('good');
  });

  it('applies each invoice event once', async () => {
    const account = await insertActiveAccount();
    const event = invoiceEvent('invoice.payment_failed', account);
    const outcomes = await Promise.all([outcomeOf(event), outcomeOf(event), outcomeOf(event)]);
    expect(outcomes.filter((outcome) => outcome === 'applied')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(2);
  });
});
