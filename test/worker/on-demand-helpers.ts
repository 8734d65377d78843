/** Helpers for the on-demand suites: accounts and cases in D1, and subscription events shaped and signed like Stripe's. */
import { env } from 'cloudflare:test';
import { insertAccount, newAccountRow } from '../../worker/db/on-demand';
import type { AccountRow } from '../../worker/schemas/on-demand';
import { accountStateRank } from '../../worker/services/on-demand-state';
import { randomKey } from '../../worker/services/secrets';
import { insertPaidRequest } from './paid-reviews';

export async function insertAccountRow(overrides: Partial<AccountRow> = {}): Promise<AccountRow> {
  const row: AccountRow = {
    ...newAccountRow({ id: randomKey(), email: 'ops@example.com', language: 'en', created_at: Date.now() }),
    checkout_session_id: `cs_test_${randomKey()}`,
    ...overrides,
  };
  if (overrides.state) row.state_rank = accountStateRank[overrides.state];
  await insertAccount(env.DB, row).run();
  return row;
}

/** An active account with a customer and a subscription, as after a completed checkout. */
export function insertActiveAccount(overrides: Partial<AccountRow> = {}): Promise<AccountRow> {
  return insertAccountRow({
    state: 'active',
    stripe_customer_id: `cus_${randomKey()}`,
    subscription_id: `sub_${randomKey()}`,
    activated_at: Date.now(),
    period_start: Date.now() - 60_000,
    ...overrides,
  });
}

/** An on-demand case of the account, claimed by `owner` when given. */
export function insertCase(account: AccountRow, owner?: string, overrides: Parameters<typeof insertPaidRequest>[0] = {}) {
  return insertPaidRequest({
    tier: 'on-demand',
    email: account.email,
    price_cents: 0,
    state: owner ? 'claimed' : 'paid',
    state_rank: owner ? 3 : 2,
    paid_at: Date.now(),
    first_response_due_at: Date.now() + 4 * 3600_000,
    owner_email: owner ?? null,
    claimed_at: owner ? Date.now() : null,
    checkout_session_id: null,
    account_id: account.id,
    critical: 0,
    ...overrides,
  });
}

export const readAccount = (id: string) => env.DB.prepare('SELECT * FROM on_demand_accounts WHERE id = ?').bind(id).first<AccountRow>();

const envelope = (type: string, object: object, created = Math.floor(Date.now() / 1000)) => ({
  id: `evt_${randomKey()}`,
  object: 'event',
  api_version: '2026-11-17.clover',
  created,
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  type,
  data: { object },
});

export function subscriptionCheckoutEvent(
  type: 'checkout.session.completed' | 'checkout.session.expired',
  account: Pick<AccountRow, 'id' | 'checkout_session_id'>,
  ids: { customer?: string; subscription?: string } = {},
) {
  return envelope(type, {
    id: account.checkout_session_id,
    object: 'checkout.session',
    mode: 'subscription',
    status: type === 'checkout.session.expired' ? 'expired' : 'complete',
    payment_status: type === 'checkout.session.expired' ? 'unpaid' : 'no_payment_required',
    client_reference_id: account.id,
    customer: type === 'checkout.session.expired' ? null : (ids.customer ?? `cus_${account.id}`),
    subscription: type === 'checkout.session.expired' ? null : (ids.subscription ?? `sub_${account.id}`),
    metadata: { account_id: account.id },
  });
}

export function subscriptionEvent(
  type: 'customer.subscription.created' | 'customer.subscription.updated' | 'customer.subscription.deleted',
  account: Pick<AccountRow, 'id'>,
  options: { status?: string; periodStart?: number; created?: number; subscription?: string; customer?: string; metadata?: boolean } = {},
) {
  const start = options.periodStart ?? Math.floor(Date.now() / 1000) - 3600;
  return envelope(
    type,
    {
      id: options.subscription ?? `sub_${account.id}`,
      object: 'subscription',
      customer: options.customer ?? `cus_${account.id}`,
      status: options.status ?? (type === 'customer.subscription.deleted' ? 'canceled' : 'active'),
      metadata: options.metadata === false ? {} : { account_id: account.id },
      items: { object: 'list', data: [{ id: `si_${account.id}`, object: 'subscription_item', current_period_start: start, current_period_end: start + 30 * 86_400 }] },
    },
    options.created,
  );
}

export function invoiceEvent(
  type: 'invoice.paid' | 'invoice.payment_failed',
  account: Pick<AccountRow, 'id'>,
  options: { invoice?: string; amount?: number; created?: number; customer?: string } = {},
) {
  const amount = options.amount ?? 1_500;
  return envelope(
    type,
    {
      id: options.invoice ?? `in_${randomKey()}`,
      object: 'invoice',
      customer: options.customer ?? `cus_${account.id}`,
      status: type === 'invoice.paid' ? 'paid' : 'open',
      amount_due: amount,
      amount_paid: type === 'invoice.paid' ? amount : 0,
      currency: 'usd',
      billing_reason: 'subscription_cycle',
      hosted_invoice_url: 'https://invoice.stripe.com/i/test',
      created: options.created ?? Math.floor(Date.now() / 1000),
      parent: { type: 'subscription_details', subscription_details: { subscription: `sub_${account.id}`, metadata: { account_id: account.id } } },
    },
    options.created,
  );
}
