/**
 * Billing events of the on-demand engineer: the subscription's checkout, its lifecycle and its invoices. Like
 * billing.ts, each event id is recorded once, in the same batch as the change it causes, and the account's
 * state only moves forward (on-demand-state.ts). Facts that are not states follow the newest event by Stripe's
 * `created`, so an older event never overwrites a newer one: the billing period (subscription events) and
 * the payment standing (invoice events: past due after `invoice.payment_failed`, good after `invoice.paid`;
 * at the same second, paid wins).
 */
import type Stripe from 'stripe';
import { accountUpdate, findAccountFor, ifAccountChanged, stopTimers } from '../db/on-demand.ts';
import type { BillingEvent } from '../integrations/payments/payments.ts';
import type { AccountRow } from '../schemas/on-demand.ts';
import type { BillingDeps, BillingOutcome } from './billing.ts';
import { accountEmail, insertAccountEmail } from './on-demand-emails.ts';
import { accountLink } from './on-demand-links.ts';

const subscriptionEvents = new Set(['customer.subscription.created', 'customer.subscription.updated', 'customer.subscription.deleted', 'invoice.paid', 'invoice.payment_failed']);
const checkoutEvents = new Set(['checkout.session.completed', 'checkout.session.expired']);

/** Whether an event belongs to the on-demand engineer rather than to a one-off review. */
export function isOnDemandEvent(event: BillingEvent): boolean {
  if (subscriptionEvents.has(event.type)) return true;
  return checkoutEvents.has(event.type) && (event.data.object as Stripe.Checkout.Session).mode === 'subscription';
}

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

interface Planned {
  account: AccountRow;
  /** The statements of the change; `main` are the indexes whose changes decide 'applied'. */
  statements: D1PreparedStatement[];
  main: number[];
}

/** Stripe moved the billing period onto subscription items (API 2025-03-31); older versions kept it on the subscription. */
function periodOf(subscription: Stripe.Subscription): { start: number | null; end: number | null } {
  const item = subscription.items?.data?.[0];
  const legacy = subscription as unknown as { current_period_start?: number; current_period_end?: number };
  const start = item?.current_period_start ?? legacy.current_period_start ?? null;
  const end = item?.current_period_end ?? legacy.current_period_end ?? null;
  return { start: start === null ? null : start * 1000, end: end === null ? null : end * 1000 };
}

/** Not ours: `ignored` for another product's subscription (no account id on it), `unknown-request` for an account we do not have. */
type NotOurs = { outcome: 'ignored' | 'unknown-request' };
const notOurs = (accountId: string | null | undefined): NotOurs => ({ outcome: accountId ? 'unknown-request' : 'ignored' });

async function plan(deps: BillingDeps, event: BillingEvent): Promise<Planned | NotOurs> {
  const { db } = deps;
  const now = deps.now();
  const change = event.id;
  const fillIds = (accountId: string, customer: string | null, subscription: string | null) =>
    db
      .prepare('UPDATE on_demand_accounts SET stripe_customer_id = COALESCE(stripe_customer_id, ?), subscription_id = COALESCE(subscription_id, ?) WHERE id = ?')
      .bind(customer, subscription, accountId);
  const activated = async (account: AccountRow) => insertAccountEmail(db, account.id, accountEmail('on-demand-active', account.email, account.language, await accountLink(deps, account), now), change);

  if (event.type === 'checkout.session.completed' || event.type === 'checkout.session.expired') {
    const session = event.data.object as Stripe.Checkout.Session;
    const accountId = session.client_reference_id ?? session.metadata?.['account_id'];
    const account = await findAccountFor(db, { accountId });
    if (!account) return notOurs(accountId);
    if (event.type === 'checkout.session.expired') {
      // Only the session the customer is on can abandon the account; an older one cannot.
      return { account, statements: [accountUpdate(db, { id: change, accountId: account.id, to: 'abandoned', where: { sql: 'checkout_session_id = ?', values: [session.id] } })], main: [0] };
    }
    const customer = idOf(session.customer);
    const subscription = idOf(session.subscription);
    return {
      account,
      statements: [
        fillIds(account.id, customer, subscription),
        accountUpdate(db, { id: change, accountId: account.id, to: 'active', set: { activated_at: now, checkout_session_id: session.id } }),
        await activated(account),
      ],
      main: [1],
    };
  }

  if (event.type.startsWith('customer.subscription.')) {
    const subscription = event.data.object as Stripe.Subscription;
    const customer = idOf(subscription.customer);
    const account = await findAccountFor(db, { accountId: subscription.metadata?.['account_id'], subscriptionId: subscription.id, customerId: customer });
    if (!account) return notOurs(subscription.metadata?.['account_id']);
    const period = periodOf(subscription);
    const statements = [
      fillIds(account.id, customer, subscription.id),
      db
        .prepare(
          'UPDATE on_demand_accounts SET period_start = COALESCE(?, period_start), period_end = COALESCE(?, period_end), subscription_event_at = ? WHERE id = ? AND (subscription_event_at IS NULL OR subscription_event_at <= ?)',
        )
        .bind(period.start, period.end, event.created, account.id, event.created),
    ];
    if (event.type === 'customer.subscription.deleted') {
      statements.push(
        accountUpdate(db, { id: change, accountId: account.id, to: 'ended', set: { ended_at: now } }),
        // Nothing can be billed on an ended subscription: a timer still running stops with it.
        stopTimers(db, now, { sql: `account_id = ? AND ${ifAccountChanged}`, values: [account.id, account.id, change] }),
        insertAccountEmail(db, account.id, accountEmail('on-demand-ended', account.email, account.language, await accountLink(deps, account), now), change),
      );
      return { account, statements, main: [2] };
    }
    if (['active', 'trialing', 'past_due'].includes(subscription.status)) {
      statements.push(accountUpdate(db, { id: change, accountId: account.id, to: 'active', set: { activated_at: now } }), await activated(account));
      return { account, statements, main: [1, 2] };
    }
    return { account, statements, main: [1] };
  }

  // invoice.paid / invoice.payment_failed
  const invoice = event.data.object as Stripe.Invoice;
  const details = invoice.parent?.subscription_details;
  const account = invoice.id ? await findAccountFor(db, { accountId: details?.metadata?.['account_id'], subscriptionId: idOf(details?.subscription), customerId: idOf(invoice.customer) }) : null;
  if (!account) return notOurs(details?.metadata?.['account_id']);
  const status = event.type === 'invoice.paid' ? 'paid' : 'payment_failed';
  const standing = status === 'paid' ? 'good' : 'past_due';
  return {
    account,
    statements: [
      db
        .prepare(
          `INSERT INTO on_demand_invoices (id, account_id, status, amount_due_cents, amount_paid_cents, currency, billing_reason, hosted_invoice_url, invoice_created, event_created, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET status = excluded.status, amount_due_cents = excluded.amount_due_cents, amount_paid_cents = excluded.amount_paid_cents,
             hosted_invoice_url = excluded.hosted_invoice_url, event_created = excluded.event_created, updated_at = excluded.updated_at
           WHERE on_demand_invoices.event_created < excluded.event_created OR (on_demand_invoices.event_created = excluded.event_created AND excluded.status = 'paid')`,
        )
        .bind(
          invoice.id!,
          account.id,
          status,
          invoice.amount_due,
          invoice.amount_paid,
          invoice.currency,
          invoice.billing_reason ?? null,
          invoice.hosted_invoice_url ?? null,
          invoice.created,
          event.created,
          now,
        ),
      db
        .prepare("UPDATE on_demand_accounts SET standing = ?, standing_event_at = ? WHERE id = ? AND (standing_event_at IS NULL OR standing_event_at < ? OR (standing_event_at = ? AND ? = 'good'))")
        .bind(standing, event.created, account.id, event.created, event.created, standing),
    ],
    main: [0, 1],
  };
}

const isUniqueViolation = (error: unknown) => error instanceof Error && /UNIQUE constraint failed: billing_events/.test(error.message);

/** Applies one verified on-demand event at most once. */
export async function applyOnDemandEvent(deps: BillingDeps, event: BillingEvent): Promise<BillingOutcome> {
  const planned = await plan(deps, event);
  const record = (accountId: string | null, outcome: BillingOutcome) =>
    deps.db.prepare('INSERT INTO billing_events (id, type, request_id, account_id, received_at, outcome) VALUES (?, ?, NULL, ?, ?, ?)').bind(event.id, event.type, accountId, deps.now(), outcome);
  try {
    if ('outcome' in planned) {
      await record(null, planned.outcome).run();
      return planned.outcome;
    }
    // The event's row comes first: a redelivery racing this one fails there and rolls the whole batch back.
    const results = await deps.db.batch([record(planned.account.id, 'no-change'), ...planned.statements]);
    const applied = planned.main.some((index) => results[index + 1]!.meta.changes > 0);
    if (applied) await deps.db.prepare("UPDATE billing_events SET outcome = 'applied' WHERE id = ?").bind(event.id).run();
    return applied ? 'applied' : 'no-change';
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate';
    throw error;
  }
}
