/** The billing webhook with the real stripe SDK offline: signatures, once-only events, a forward-only state machine. */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { checkoutEvent, deliver, insertPaidRequest, origin, readRequest, refundEvent } from './paid-reviews';

const auditActions = async (id: string) => (await env.DB.prepare('SELECT action FROM audit_log WHERE request_id = ? ORDER BY seq').bind(id).all<{ action: string }>()).results.map((row) => row.action);
const emailKinds = async (id: string) =>
  (await env.DB.prepare('SELECT kind FROM emails WHERE request_id = ? ORDER BY created_at, rowid').bind(id).all<{ kind: string }>()).results.map((row) => row.kind);

describe('webhook signatures', () => {
  it('refuses a missing signature with 400 and changes nothing', async () => {
    const request = await insertPaidRequest();
    const response = await SELF.fetch(`${origin}/api/billing/webhook`, { method: 'POST', body: JSON.stringify(checkoutEvent('checkout.session.completed', request)) });
    expect(response.status).toBe(400);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('bad-signature');
    expect((await readRequest(request.id))!.state).toBe('awaiting_payment');
  });

  it('refuses an event signed with another secret', async () => {
    const request = await insertPaidRequest();
    const response = await deliver(checkoutEvent('checkout.session.completed', request), 'whsec_forged');
    expect(response.status).toBe(400);
    expect((await readRequest(request.id))!.state).toBe('awaiting_payment');
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM billing_events WHERE request_id = ?').bind(request.id).first<{ n: number }>()).toEqual({ n: 0 });
  });

  it('refuses a replayed signature older than five minutes', async () => {
    const request = await insertPaidRequest();
    const response = await deliver(checkoutEvent('checkout.session.completed', request), undefined, Math.floor(Date.now() / 1000) - 600);
    expect(response.status).toBe(400);
  });

  it('refuses a body changed after signing', async () => {
    const request = await insertPaidRequest();
    const event = checkoutEvent('checkout.session.completed', request);
    const { default: Stripe } = await import('stripe');
    const signed = JSON.stringify(event);
    const signature = await Stripe.webhooks.generateTestHeaderStringAsync({ payload: signed, secret: 'whsec_plumbline_local_test_mode_only', cryptoProvider: Stripe.createSubtleCryptoProvider() });
    const tampered = signed.replace('"amount_total":29000', '"amount_total":1');
    const response = await SELF.fetch(`${origin}/api/billing/webhook`, { method: 'POST', body: tampered, headers: { 'stripe-signature': signature } });
    expect(response.status).toBe(400);
  });
});

describe('fulfilment', () => {
  it('marks a request paid from checkout.session.completed, sets its deadline, audits and queues e-mail', async () => {
    const request = await insertPaidRequest();
    const response = await deliver(checkoutEvent('checkout.session.completed', request));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: 'applied' });
    const paid = (await readRequest(request.id))!;
    expect(paid.state).toBe('paid');
    expect(paid.amount_paid_cents).toBe(29_000);
    expect(paid.first_response_due_at! - paid.paid_at!).toBe(24 * 60 * 60_000);
    expect(await auditActions(request.id)).toEqual(['paid']);
    expect((await emailKinds(request.id)).sort()).toEqual(['payment-received', 'reviewer-new-case', 'reviewer-new-case']);
  });

  it('processes a redelivered event once', async () => {
    const request = await insertPaidRequest();
    const event = checkoutEvent('checkout.session.completed', request);
    expect(await (await deliver(event)).json()).toMatchObject({ outcome: 'applied' });
    expect(await (await deliver(event)).json()).toMatchObject({ outcome: 'duplicate' });
    expect(await auditActions(request.id)).toEqual(['paid']);
    expect((await emailKinds(request.id)).filter((kind) => kind === 'payment-received')).toHaveLength(1);
  });

  it('processes the same event delivered twice at the same moment once', async () => {
    const request = await insertPaidRequest();
    const event = checkoutEvent('checkout.session.completed', request);
    const outcomes = await Promise.all([deliver(event), deliver(event), deliver(event)].map(async (response) => (await (await response).json<{ outcome: string }>()).outcome));
    expect(outcomes.filter((outcome) => outcome === 'applied')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(2);
    expect((await emailKinds(request.id)).filter((kind) => kind === 'payment-received')).toHaveLength(1);
  });

  it('waits for a delayed payment to settle, then marks it paid', async () => {
    const request = await insertPaidRequest();
    expect(await (await deliver(checkoutEvent('checkout.session.completed', request, { payment_status: 'unpaid' }))).json()).toMatchObject({ outcome: 'applied' });
    expect((await readRequest(request.id))!.state).toBe('payment_processing');
    await deliver(checkoutEvent('checkout.session.async_payment_succeeded', request));
    expect((await readRequest(request.id))!.state).toBe('paid');
  });

  it('ends in paid when the async success arrives before the completion it follows', async () => {
    const request = await insertPaidRequest();
    await deliver(checkoutEvent('checkout.session.async_payment_succeeded', request));
    expect(await (await deliver(checkoutEvent('checkout.session.completed', request, { payment_status: 'unpaid' }))).json()).toMatchObject({ outcome: 'no-change' });
    expect((await readRequest(request.id))!.state).toBe('paid');
  });

  it('records a failed delayed payment and tells the customer', async () => {
    const request = await insertPaidRequest();
    await deliver(checkoutEvent('checkout.session.completed', request, { payment_status: 'unpaid' }));
    await deliver(checkoutEvent('checkout.session.async_payment_failed', request));
    expect((await readRequest(request.id))!.state).toBe('payment_failed');
    expect(await emailKinds(request.id)).toContain('payment-failed');
  });

  it('expires an unpaid request, but never one that was paid', async () => {
    const unpaid = await insertPaidRequest();
    await deliver(checkoutEvent('checkout.session.expired', unpaid));
    expect((await readRequest(unpaid.id))!.state).toBe('expired');

    const paid = await insertPaidRequest();
    await deliver(checkoutEvent('checkout.session.completed', paid));
    expect(await (await deliver(checkoutEvent('checkout.session.expired', paid))).json()).toMatchObject({ outcome: 'no-change' });
    expect((await readRequest(paid.id))!.state).toBe('paid');
  });

  it('ignores the expiry of an older checkout session the customer abandoned', async () => {
    const request = await insertPaidRequest();
    expect(await (await deliver(checkoutEvent('checkout.session.expired', request, { id: 'cs_test_an_older_session' }))).json()).toMatchObject({ outcome: 'no-change' });
    expect((await readRequest(request.id))!.state).toBe('awaiting_payment');
  });

  it('does not mark a request paid for the wrong amount', async () => {
    const request = await insertPaidRequest();
    expect(await (await deliver(checkoutEvent('checkout.session.completed', request, { amount_total: 100 }))).json()).toMatchObject({ outcome: 'amount-mismatch' });
    expect((await readRequest(request.id))!.state).toBe('awaiting_payment');
    expect(await auditActions(request.id)).toEqual(['amount-mismatch']);
  });

  it('refunds a paid request, and asks Stripe to retry a refund that arrives before its payment', async () => {
    const request = await insertPaidRequest();
    const early = refundEvent(`pi_${request.id}`);
    const retry = await deliver(early);
    expect(retry.status).toBe(503);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM billing_events WHERE id = ?').bind(early.id).first<{ n: number }>()).toEqual({ n: 0 });

    await deliver(checkoutEvent('checkout.session.completed', request));
    expect(await (await deliver(early)).json()).toMatchObject({ outcome: 'applied' });
    const refunded = (await readRequest(request.id))!;
    expect(refunded.state).toBe('refunded');
    expect(await emailKinds(request.id)).toContain('refunded');
    // Final: a late completion cannot revive it.
    expect(await (await deliver(checkoutEvent('checkout.session.completed', request))).json()).toMatchObject({ outcome: 'no-change' });
    expect((await readRequest(request.id))!.state).toBe('refunded');
  });

  it('notes a partial refund without closing the request', async () => {
    const request = await insertPaidRequest();
    await deliver(checkoutEvent('checkout.session.completed', request));
    expect(await (await deliver(refundEvent(`pi_${request.id}`, false))).json()).toMatchObject({ outcome: 'ignored' });
    expect((await readRequest(request.id))!.state).toBe('paid');
  });

  it('acknowledges events for other products and unknown requests without acting', async () => {
    const response = await deliver({ id: 'evt_other_product', object: 'event', type: 'invoice.paid', created: Math.floor(Date.now() / 1000), data: { object: {} } });
    expect(await response.json()).toMatchObject({ outcome: 'ignored' });
    const stranger = checkoutEvent('checkout.session.completed', { id: 'AAAAAAAAAAAAAAAAAAAAAA', checkout_session_id: 'cs_x', price_cents: 29_000 });
    expect(await (await deliver(stranger)).json()).toMatchObject({ outcome: 'unknown-request' });
  });
});

describe('payments configuration', () => {
  it('answers 503 "payments are not configured" when neither Stripe nor local mode is set', async () => {
    const { app } = await import('../../worker/index');
    const response = await app.request(`${origin}/api/billing/webhook`, { method: 'POST', body: '{}' }, { ...env, PAYMENTS_MODE: '' });
    expect(response.status).toBe(503);
    expect((await response.json<{ error: { message: string } }>()).error.message).toBe('payments are not configured');
  });

  it('never runs local payments while a Stripe key is set', async () => {
    const { dependenciesFromEnv } = await import('../../worker/middleware/dependencies');
    const deps = dependenciesFromEnv({ ...env, STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_WEBHOOK_SECRET: 'whsec_real', SIGNING_SECRET: 's' }, new Request(origin));
    expect(deps.payments?.mode).toBe('stripe');
    const local = await deliver(checkoutEvent('checkout.session.completed', { id: 'AAAAAAAAAAAAAAAAAAAAAA', checkout_session_id: 'cs_x', price_cents: 1 }));
    expect(local.status).toBe(200); // the test worker itself runs in local mode
    await expect(deps.payments!.verifyEvent('{}', 't=1,v1=abc')).rejects.toThrow();
  });
});
