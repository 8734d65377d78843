/**
 * The local payment provider: a built-in, clearly marked test checkout instead of Stripe's hosted page.
 * Completing or cancelling it produces the same Stripe events Stripe would send, signed with the local
 * webhook secret by stripe's own `generateTestHeaderStringAsync`, and they enter through the same webhook
 * route. Nothing here can move money; it is never chosen while a Stripe key is configured.
 */
import type Stripe from 'stripe';
import type { CheckoutInput, CheckoutSession, Payments } from './payments.ts';
import { localEvent, randomId } from './local-events.ts';
import { cancelLocalSubscription, createLocalSubscriptionCheckout, recordLocalMeterEvent, subscriptionSessionEvents } from './local-subscriptions.ts';
import { signPayload, verifyStripeSignature } from './verify.ts';

/** Known to anyone who reads this file, on purpose: local mode accepts no real payments. */
export const localWebhookSecret = 'whsec_plumbline_local_test_mode_only';
const sessionLifetimeMs = 24 * 60 * 60 * 1000;

export interface LocalCheckoutSession {
  id: string;
  request_id: string;
  amount_cents: number;
  currency: string;
  customer_email: string;
  locale: string;
  description: string;
  success_url: string;
  cancel_url: string;
  created_at: number;
  expires_at: number;
  status: 'open' | 'processing' | 'complete' | 'expired';
  /** `subscription`: the on-demand engineer; `request_id` then holds the account id. */
  mode: 'payment' | 'subscription';
}

/** What the tester chooses on the test checkout page. */
export type LocalOutcome = 'pay' | 'pay-later' | 'settle' | 'fail' | 'expire';

export function localPayments(db: D1Database, origin: string, now: () => number): Payments {
  return {
    mode: 'local',
    async createCheckout(input: CheckoutInput): Promise<CheckoutSession> {
      const id = randomId('cs_test_local_');
      const created = now();
      await db
        .prepare(
          'INSERT INTO local_checkout_sessions (id, request_id, amount_cents, currency, customer_email, locale, description, success_url, cancel_url, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .bind(id, input.requestId, input.amountCents, input.currency, input.customerEmail, input.locale, input.productName, input.successUrl, input.cancelUrl, created, created + sessionLifetimeMs)
        .run();
      return { id, url: `${origin}/checkout/test/${id}` };
    },
    createSubscriptionCheckout: (input) => createLocalSubscriptionCheckout(db, origin, input, now()),
    reportUsage: (usage) => recordLocalMeterEvent(db, usage, now()),
    cancelSubscription: (subscriptionId) => cancelLocalSubscription(db, subscriptionId, now()),
    verifyEvent: (rawBody, signature) => verifyStripeSignature(rawBody, signature, localWebhookSecret),
  };
}

export function findLocalSession(db: D1Database, id: string): Promise<LocalCheckoutSession | null> {
  return db.prepare('SELECT * FROM local_checkout_sessions WHERE id = ?').bind(id).first<LocalCheckoutSession>();
}

/**
 * The events Stripe sends for an outcome, in order, shaped like Stripe's own (only the fields we read
 * are filled in, with Stripe's names and types). Marks the local session accordingly.
 */
export async function eventsForOutcome(db: D1Database, session: LocalCheckoutSession, outcome: LocalOutcome, now: number): Promise<Stripe.Event[]> {
  const paymentIntent = `pi_test_local_${session.id.slice(-20)}`;
  const checkoutSession = (paymentStatus: 'paid' | 'unpaid', status: 'complete' | 'expired') => ({
    id: session.id,
    object: 'checkout.session',
    mode: 'payment',
    status,
    payment_status: paymentStatus,
    client_reference_id: session.request_id,
    customer_email: session.customer_email,
    amount_total: session.amount_cents,
    currency: session.currency,
    locale: session.locale,
    payment_intent: status === 'complete' ? paymentIntent : null,
    metadata: { request_id: session.request_id },
    livemode: false,
  });
  const event = (type: string, object: object) => localEvent(type, object, now);

  const move = sessionMoves[outcome];
  const updated = await db.prepare('UPDATE local_checkout_sessions SET status = ? WHERE id = ? AND status = ?').bind(move.to, session.id, move.from).run();
  // Like Stripe, a session settles once: a second click (or a stale tab) sends nothing.
  if (updated.meta.changes === 0) return [];
  if (session.mode === 'subscription') return subscriptionSessionEvents(db, session, outcome, now);
  switch (outcome) {
    case 'pay':
      return [event('checkout.session.completed', checkoutSession('paid', 'complete'))];
    case 'pay-later':
      return [event('checkout.session.completed', checkoutSession('unpaid', 'complete'))];
    case 'settle':
      return [event('checkout.session.async_payment_succeeded', checkoutSession('paid', 'complete'))];
    case 'fail':
      return [event('checkout.session.async_payment_failed', checkoutSession('unpaid', 'complete'))];
    case 'expire':
      return [event('checkout.session.expired', checkoutSession('unpaid', 'expired'))];
  }
}

const sessionMoves: Record<LocalOutcome, { from: LocalCheckoutSession['status']; to: LocalCheckoutSession['status'] }> = {
  pay: { from: 'open', to: 'complete' },
  'pay-later': { from: 'open', to: 'processing' },
  settle: { from: 'processing', to: 'complete' },
  fail: { from: 'processing', to: 'complete' },
  expire: { from: 'open', to: 'expired' },
};

/** Outcomes the test checkout offers for a session in this state; a subscription is started or abandoned. */
export function outcomesFor(session: Pick<LocalCheckoutSession, 'status' | 'mode'>): LocalOutcome[] {
  const offered = (Object.keys(sessionMoves) as LocalOutcome[]).filter((outcome) => sessionMoves[outcome].from === session.status);
  return session.mode === 'subscription' ? offered.filter((outcome) => outcome === 'pay' || outcome === 'expire') : offered;
}

/** Serialises and signs an event exactly as Stripe delivers it. */
export async function signedDelivery(event: Stripe.Event, now: number): Promise<{ body: string; signature: string }> {
  const body = JSON.stringify(event);
  return { body, signature: await signPayload(body, localWebhookSecret, Math.floor(now / 1000)) };
}
