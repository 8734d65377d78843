/**
 * The local provider's subscriptions for the on-demand engineer, in Stripe's shapes: a subscription-mode
 * test checkout, meter events kept under their identifier (a resend is ignored, as Stripe dedupes it), and a
 * cancellation that invoices the unbilled seconds at the metered price and queues `invoice.paid` and
 * `customer.subscription.deleted` for delivery through the real webhook route (local-delivery.ts).
 */
import type Stripe from 'stripe';
import { tiers } from '../../pricing.ts';
import { costCents } from '../../services/on-demand-usage.ts';
import { localEvent, randomId } from './local-events.ts';
import type { LocalCheckoutSession, LocalOutcome } from './local.ts';
import type { CheckoutSession, SubscriptionCheckoutInput, UsageReport } from './payments.ts';

/** The meter's event name in local mode (Stripe's comes from STRIPE_METER_EVENT). */
export const localMeterEventName = 'plumbline_engineer_seconds';
const sessionLifetimeMs = 24 * 60 * 60 * 1000;
const periodSeconds = 30 * 24 * 60 * 60;
const onDemand = tiers.find((tier) => tier.id === 'on-demand')!;

export async function createLocalSubscriptionCheckout(db: D1Database, origin: string, input: SubscriptionCheckoutInput, now: number): Promise<CheckoutSession> {
  const id = randomId('cs_test_local_');
  await db
    .prepare(
      "INSERT INTO local_checkout_sessions (id, request_id, amount_cents, currency, customer_email, locale, description, success_url, cancel_url, created_at, expires_at, mode) VALUES (?, ?, ?, 'usd', ?, ?, ?, ?, ?, ?, ?, 'subscription')",
    )
    .bind(
      id,
      input.accountId,
      onDemand.priceCents,
      input.customerEmail,
      input.locale,
      `Plumbline · ${onDemand.text[input.locale === 'zh' ? 'zh-cn' : 'en']!.name}`,
      input.successUrl,
      input.cancelUrl,
      now,
      now + sessionLifetimeMs,
    )
    .run();
  return { id, url: `${origin}/checkout/test/${id}` };
}

interface LocalSubscription {
  id: string;
  customer_id: string;
  account_id: string;
  status: 'active' | 'canceled';
  created_at: number;
  period_start: number;
  canceled_at: number | null;
}

function subscriptionObject(subscription: LocalSubscription) {
  const start = Math.floor(subscription.period_start / 1000);
  return {
    id: subscription.id,
    object: 'subscription',
    customer: subscription.customer_id,
    status: subscription.status,
    metadata: { account_id: subscription.account_id },
    created: Math.floor(subscription.created_at / 1000),
    canceled_at: subscription.canceled_at === null ? null : Math.floor(subscription.canceled_at / 1000),
    ended_at: subscription.canceled_at === null ? null : Math.floor(subscription.canceled_at / 1000),
    items: {
      object: 'list',
      data: [
        {
          id: `si_${subscription.id.slice(-20)}`,
          object: 'subscription_item',
          current_period_start: start,
          current_period_end: start + periodSeconds,
          price: { id: 'price_test_local_on_demand', recurring: { usage_type: 'metered' } },
        },
      ],
    },
    livemode: false,
  };
}

/** What completing or abandoning a subscription-mode test checkout sends. */
export async function subscriptionSessionEvents(db: D1Database, session: LocalCheckoutSession, outcome: LocalOutcome, now: number): Promise<Stripe.Event[]> {
  const checkoutSession = (status: 'complete' | 'expired', subscription: LocalSubscription | null) => ({
    id: session.id,
    object: 'checkout.session',
    mode: 'subscription',
    status,
    // The first invoice of a metered price is for nothing: Stripe reports no payment required.
    payment_status: status === 'complete' ? 'no_payment_required' : 'unpaid',
    client_reference_id: session.request_id,
    customer_email: session.customer_email,
    customer: subscription?.customer_id ?? null,
    subscription: subscription?.id ?? null,
    metadata: { account_id: session.request_id },
    livemode: false,
  });
  if (outcome === 'expire') return [localEvent('checkout.session.expired', checkoutSession('expired', null), now)];
  if (outcome !== 'pay') return [];
  const subscription: LocalSubscription = {
    id: randomId('sub_test_local_'),
    customer_id: randomId('cus_test_local_'),
    account_id: session.request_id,
    status: 'active',
    created_at: now,
    period_start: now,
    canceled_at: null,
  };
  await db
    .prepare('INSERT INTO local_subscriptions (id, customer_id, account_id, status, created_at, period_start) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(subscription.id, subscription.customer_id, subscription.account_id, subscription.status, subscription.created_at, subscription.period_start)
    .run();
  return [localEvent('checkout.session.completed', checkoutSession('complete', subscription), now), localEvent('customer.subscription.created', subscriptionObject(subscription), now)];
}

/** Keeps a meter event under its identifier; the same identifier again changes nothing. */
export async function recordLocalMeterEvent(db: D1Database, usage: UsageReport, now: number): Promise<void> {
  await db
    .prepare('INSERT INTO local_meter_events (identifier, event_name, customer_id, value, timestamp, received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (identifier) DO NOTHING')
    .bind(usage.identifier, localMeterEventName, usage.stripeCustomerId, usage.seconds, usage.timestamp, now)
    .run();
}

/**
 * Cancels now with `invoice_now`: the unbilled meter events become one final invoice, paid with the test card,
 * and the events Stripe would send are queued. Cancelling again does nothing, as a second cancel would fail at Stripe.
 */
export async function cancelLocalSubscription(db: D1Database, subscriptionId: string, now: number): Promise<void> {
  const cancelled = await db.prepare("UPDATE local_subscriptions SET status = 'canceled', canceled_at = ? WHERE id = ? AND status = 'active'").bind(now, subscriptionId).run();
  if (cancelled.meta.changes === 0) return;
  const subscription = (await db.prepare('SELECT * FROM local_subscriptions WHERE id = ?').bind(subscriptionId).first<LocalSubscription>())!;
  const invoiceId = randomId('in_test_local_');
  await db.prepare('UPDATE local_meter_events SET invoice_id = ? WHERE customer_id = ? AND invoice_id IS NULL').bind(invoiceId, subscription.customer_id).run();
  const billed = await db.prepare('SELECT COALESCE(SUM(value), 0) AS seconds FROM local_meter_events WHERE invoice_id = ?').bind(invoiceId).first<{ seconds: number }>();
  const amount = costCents(billed!.seconds);
  const invoice = {
    id: invoiceId,
    object: 'invoice',
    customer: subscription.customer_id,
    status: 'paid',
    amount_due: amount,
    amount_paid: amount,
    currency: 'usd',
    billing_reason: 'subscription_update',
    hosted_invoice_url: null,
    created: Math.floor(now / 1000),
    period_start: Math.floor(subscription.period_start / 1000),
    period_end: Math.floor(now / 1000),
    parent: { type: 'subscription_details', subscription_details: { subscription: subscription.id, metadata: { account_id: subscription.account_id } } },
    livemode: false,
  };
  const events = [localEvent('invoice.paid', invoice, now), localEvent('customer.subscription.deleted', subscriptionObject(subscription), now)];
  await db.batch(events.map((event, index) => db.prepare('INSERT INTO local_webhook_queue (id, body, created_at) VALUES (?, ?, ?)').bind(event.id, JSON.stringify(event), now + index)));
}
