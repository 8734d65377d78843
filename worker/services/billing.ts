/**
 * Fulfilment: the only code that moves money-related state, and only from a verified billing event.
 * Each event id is recorded once (a unique row), in the same transaction as the change it causes, so a
 * redelivered event does nothing. The state machine only moves forward, so late and out-of-order events
 * (an expiry after a payment, a completion after its async success) change nothing either.
 */
import type Stripe from 'stripe';
import { findRequest, findRequestByPaymentIntent, guardedUpdate, insertAudit, insertEmail, type NewEmail } from '../db/requests.ts';
import type { Dependencies } from '../middleware/dependencies.ts';
import type { BillingEvent } from '../integrations/payments/payments.ts';
import type { RequestRow } from '../schemas/requests.ts';
import { composeEmail, formatDeadline } from './notifications.ts';
import { customerEmail, customerLink, tierName, tierOf } from './requests.ts';
import type { RequestState } from './request-state.ts';
import { randomKey } from './secrets.ts';
import { applyOnDemandEvent, isOnDemandEvent } from './subscription-billing.ts';

export type BillingDeps = Pick<Dependencies, 'db' | 'now' | 'origin' | 'signingSecret' | 'reviewers'>;

export type BillingOutcome =
  | 'applied' // the request moved
  | 'no-change' // legal event, but the request is already past it
  | 'duplicate' // this event id was processed before
  | 'ignored' // an event type we do not act on
  | 'unknown-request' // not one of ours
  | 'amount-mismatch'; // paid, but not the amount we asked for: left for a person

/** Thrown when an event cannot be applied yet (a refund for a payment we have not seen): Stripe retries. */
export class RetryLater extends Error {}

interface Plan {
  request: RequestRow;
  to: RequestState;
  set: Record<string, string | number | null>;
  action: string;
  detail: string;
  emails: NewEmail[];
}

const isUniqueViolation = (error: unknown) => error instanceof Error && /UNIQUE constraint failed: billing_events/.test(error.message);

async function record(deps: BillingDeps, event: BillingEvent, requestId: string | null, outcome: BillingOutcome): Promise<BillingOutcome> {
  try {
    await deps.db.prepare('INSERT INTO billing_events (id, type, request_id, received_at, outcome) VALUES (?, ?, ?, ?, ?)').bind(event.id, event.type, requestId, deps.now(), outcome).run();
    return outcome;
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate';
    throw error;
  }
}

/** An event that changes nothing; `request` when it concerns one of ours (recorded against it, audited). */
interface NoPlan {
  outcome: BillingOutcome;
  request?: RequestRow;
  detail?: string;
}

async function plan(deps: BillingDeps, event: BillingEvent): Promise<Plan | NoPlan> {
  const now = deps.now();
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired': {
      const session = event.data.object as Stripe.Checkout.Session;
      const requestId = session.client_reference_id ?? session.metadata?.['request_id'];
      const request = requestId ? await findRequest(deps.db, requestId) : null;
      if (!request) return { outcome: 'unknown-request' };
      const link = await customerLink(deps, request);
      const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
      if (event.type === 'checkout.session.expired') {
        // Only the session the customer is on can expire the request; an older abandoned one cannot.
        if (session.id !== request.checkout_session_id) return { outcome: 'no-change', request };
        return { request, to: 'expired', set: { closed_at: now }, action: 'checkout-expired', detail: session.id, emails: [customerEmail(deps, request, 'checkout-expired', { link })] };
      }
      if (event.type === 'checkout.session.async_payment_failed') {
        return {
          request,
          to: 'payment_failed',
          set: { closed_at: now, payment_intent_id: paymentIntent },
          action: 'payment-failed',
          detail: session.id,
          emails: [customerEmail(deps, request, 'payment-failed', { link })],
        };
      }
      const settled = event.type === 'checkout.session.async_payment_succeeded' || session.payment_status === 'paid' || session.payment_status === 'no_payment_required';
      if (!settled) {
        return {
          request,
          to: 'payment_processing',
          set: { payment_intent_id: paymentIntent, checkout_session_id: session.id },
          action: 'payment-processing',
          detail: session.id,
          emails: [customerEmail(deps, request, 'payment-processing', { link })],
        };
      }
      if (session.amount_total !== request.price_cents || session.currency !== request.currency) {
        // Only a tampered or misconfigured price gets here: leave it to a person, with the facts.
        return { outcome: 'amount-mismatch', request, detail: `paid ${session.amount_total} ${session.currency}, expected ${request.price_cents} ${request.currency} (${session.id})` };
      }
      const due = now + tierOf(request.tier).firstResponseMinutes * 60_000;
      const reviewerLink = `${deps.origin}/console/cases/${request.id}`;
      return {
        request,
        to: 'paid',
        set: { paid_at: now, first_response_due_at: due, amount_paid_cents: session.amount_total, payment_intent_id: paymentIntent, checkout_session_id: session.id },
        action: 'paid',
        detail: `${(session.amount_total / 100).toFixed(2)} ${session.currency.toUpperCase()} (${session.id})`,
        emails: [
          customerEmail(deps, request, 'payment-received', { link, deadline: formatDeadline(due, request.review_language) }),
          ...deps.reviewers.map((reviewer) => ({
            id: randomKey(),
            requestId: request.id,
            to: reviewer,
            language: 'en' as const,
            kind: 'reviewer-new-case',
            ...composeEmail('reviewer-new-case', 'en', { tier: tierName(request.tier, 'en'), link: reviewerLink, deadline: formatDeadline(due, 'en') }),
            createdAt: now,
          })),
        ],
      };
    }
    case 'charge.refunded': {
      const charge = event.data.object as Stripe.Charge;
      // A partial refund is money back, not the end of the review: noted, not acted on.
      if (!charge.refunded) return { outcome: 'ignored' };
      const paymentIntent = typeof charge.payment_intent === 'string' ? charge.payment_intent : (charge.payment_intent?.id ?? null);
      const request = paymentIntent ? await findRequestByPaymentIntent(deps.db, paymentIntent) : null;
      if (!request) {
        const taggedId = charge.metadata?.['request_id'];
        if (taggedId && (await findRequest(deps.db, taggedId))) throw new RetryLater('refund for a payment not recorded yet');
        if (paymentIntent) throw new RetryLater(`no request holds payment ${paymentIntent} yet`);
        return { outcome: 'unknown-request' };
      }
      const link = await customerLink(deps, request);
      return {
        request,
        to: 'refunded',
        set: { closed_at: now },
        action: 'refunded',
        detail: `${(charge.amount_refunded / 100).toFixed(2)} ${charge.currency.toUpperCase()}`,
        emails: [customerEmail(deps, request, 'refunded', { link })],
      };
    }
    default:
      return { outcome: 'ignored' };
  }
}

/** Applies one verified event at most once. */
export async function applyBillingEvent(deps: BillingDeps, event: BillingEvent): Promise<BillingOutcome> {
  const seen = await deps.db.prepare('SELECT 1 FROM billing_events WHERE id = ?').bind(event.id).first();
  if (seen) return 'duplicate';
  // The on-demand engineer's subscription, its checkout and its invoices move an account, not a request.
  if (isOnDemandEvent(event)) return applyOnDemandEvent(deps, event);
  const planned = await plan(deps, event);
  if ('outcome' in planned) {
    const outcome = await record(deps, event, planned.request?.id ?? null, planned.outcome);
    if (outcome === 'amount-mismatch' && planned.request) {
      await insertAudit(deps.db, { requestId: planned.request.id, at: deps.now(), actor: 'stripe', action: 'amount-mismatch', detail: `${planned.detail} · ${event.id}` }).run();
    }
    return outcome;
  }

  const { request } = planned;
  const now = deps.now();
  const change = event.id;
  try {
    const results = await deps.db.batch([
      // First: a redelivery that raced past the SELECT fails here and rolls the whole batch back.
      deps.db.prepare('INSERT INTO billing_events (id, type, request_id, received_at, outcome) VALUES (?, ?, ?, ?, ?)').bind(event.id, event.type, request.id, now, 'no-change'),
      guardedUpdate(deps.db, { id: change, requestId: request.id, to: planned.to, set: planned.set }),
      insertAudit(deps.db, { requestId: request.id, at: now, actor: 'stripe', action: planned.action, detail: `${planned.detail} · ${event.id}` }, change),
      ...planned.emails.map((email) => insertEmail(deps.db, email, change)),
      deps.db.prepare("UPDATE billing_events SET outcome = 'applied' WHERE id = ? AND EXISTS (SELECT 1 FROM review_requests WHERE id = ? AND last_change_id = ?)").bind(event.id, request.id, change),
    ]);
    return results[1]!.meta.changes > 0 ? 'applied' : 'no-change';
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate';
    throw error;
  }
}
