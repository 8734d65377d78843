/**
 * The customer's side of the on-demand engineer: switch on (the account is stored and its private link
 * e-mailed before the customer is sent to checkout, so closing the tab loses nothing), open cases while
 * switched on, read the usage, and switch off at any time. Whether the account is on is decided by verified
 * billing events only (subscription-billing.ts); this module only asks.
 */
import { accountUpdate, findAccount, ifAccountChanged, insertAccount, newAccountRow, stopTimers } from '../db/on-demand.ts';
import { insertAudit, insertEmail } from '../db/requests.ts';
import { OnDemandNotConfigured, checkoutLocale } from '../integrations/payments/payments.ts';
import type { Dependencies } from '../middleware/dependencies.ts';
import type { AccountRow, OpenCaseForm, SwitchOnForm } from '../schemas/on-demand.ts';
import type { RequestRow } from '../schemas/requests.ts';
import { caseLink } from './assignments.ts';
import { ApiFailure } from './errors.ts';
import { isAccountKey } from './links.ts';
import { composeEmail, formatDeadline } from './notifications.ts';
import { awayReviewers, reservationMinutes } from './on-demand-claims.ts';
import { accountEmail, insertAccountEmail } from './on-demand-emails.ts';
import { accountLink, signingSecretOf } from './on-demand-links.ts';
import { raisePage } from './paging.ts';
import { newRequestRow, tierName, tierOf } from './requests.ts';
import { stateRank } from './request-state.ts';
import { randomKey } from './secrets.ts';
import { reportUnsentUsage } from './time-tracking.ts';

export type OnDemandDeps = Pick<Dependencies, 'db' | 'now' | 'origin' | 'payments' | 'signingSecret' | 'reviewers'>;

/** First-response promises of on-demand cases, in minutes: critical ones page the engineer. */
export const onDemandResponseMinutes = { critical: tierOf('on-demand').firstResponseMinutes, normal: 4 * 60 } as const;

function paymentsOf(deps: Pick<Dependencies, 'payments'>) {
  if (!deps.payments) throw new ApiFailure(503, { code: 'payments-not-configured', message: 'payments are not configured' });
  return deps.payments;
}

const notConfigured = (error: unknown) =>
  error instanceof OnDemandNotConfigured ? new ApiFailure(503, { code: 'on-demand-not-configured', message: `the on-demand engineer is not configured: ${error.message}` }) : error;

/** Stores a pending account and e-mails its private link; nothing is billed until a verified event activates it. */
export async function createAccount(deps: OnDemandDeps, form: SwitchOnForm): Promise<AccountRow> {
  paymentsOf(deps);
  const now = deps.now();
  const account = newAccountRow({ id: randomKey(128), email: form.email.toLowerCase(), language: form.language, created_at: now });
  const link = await accountLink(deps, account);
  await deps.db.batch([insertAccount(deps.db, account), insertAccountEmail(deps.db, account.id, accountEmail('on-demand-saved', account.email, account.language, link, now))]);
  return account;
}

/** Opens the subscription checkout for a pending account and remembers its session; returns where to send the customer. */
export async function startSubscriptionCheckout(deps: OnDemandDeps, account: AccountRow): Promise<string> {
  const payments = paymentsOf(deps);
  if (account.state !== 'pending') throw new ApiFailure(409, { code: 'not-pending', message: 'this account is not waiting to be switched on' });
  const link = await accountLink(deps, account);
  let session;
  try {
    session = await payments.createSubscriptionCheckout({
      accountId: account.id,
      customerEmail: account.email,
      locale: checkoutLocale(account.language),
      successUrl: `${link}&checkout=done`,
      cancelUrl: `${link}&checkout=cancelled`,
    });
  } catch (error) {
    throw notConfigured(error);
  }
  await accountUpdate(deps.db, { id: randomKey(), accountId: account.id, set: { checkout_session_id: session.id }, where: { sql: "state = 'pending'", values: [] } }).run();
  return session.url;
}

/** The account behind a private link; a wrong key and a missing account look the same (404). */
export async function accountForCustomer(deps: Pick<Dependencies, 'db' | 'signingSecret'>, id: string, key: string | undefined): Promise<AccountRow> {
  const account = /^[A-Za-z0-9_-]{22}$/.test(id) && (await isAccountKey(signingSecretOf(deps), id, key)) ? await findAccount(deps.db, id) : null;
  if (!account) throw new ApiFailure(404, { code: 'not-found', message: 'no on-demand account behind this link' });
  return account;
}

/**
 * Opens a case: a review request covered by the subscription (so it starts paid, with no checkout), reserved
 * for the named engineer, with a first-response deadline of 15 minutes when critical (and a page) or 4 hours.
 */
export async function openCase(deps: OnDemandDeps, account: AccountRow, form: OpenCaseForm): Promise<RequestRow> {
  if (account.state !== 'active') throw new ApiFailure(409, { code: 'not-active', message: 'cases can be opened while the engineer is switched on' });
  const now = deps.now();
  const due = now + (form.critical ? onDemandResponseMinutes.critical : onDemandResponseMinutes.normal) * 60_000;
  const named = account.named_engineer;
  const request: RequestRow = {
    ...newRequestRow({
      id: randomKey(128),
      report_id: null,
      tier: 'on-demand',
      email: account.email,
      review_language: account.language,
      page_language: account.language,
      concerns: form.summary,
      urgency: form.critical ? 'production-issue' : 'this-week',
      price_cents: 0, // billed by the second through the subscription
      currency: 'usd',
      created_at: now,
    }),
    state: 'paid',
    state_rank: stateRank.paid,
    paid_at: now,
    first_response_due_at: due,
    account_id: account.id,
    critical: form.critical ? 1 : 0,
    reserved_for: named,
    reserved_until: named ? now + (form.critical ? reservationMinutes.critical : reservationMinutes.normal) * 60_000 : null,
  };
  // The named engineer is told first; while they are away (or when there is none yet), every reviewer is.
  const namedAvailable = named !== null && !(await awayReviewers(deps.db)).has(named);
  const statements = [
    // Only while the account is still switched on at this very moment.
    deps.db
      .prepare(`${insertRequestSql(request)} WHERE EXISTS (SELECT 1 FROM on_demand_accounts WHERE id = ? AND state = 'active')`)
      .bind(...Object.values(request).map((value) => value ?? null), account.id),
    insertAudit(deps.db, {
      requestId: request.id,
      at: now,
      actor: 'customer',
      action: 'on-demand-case-opened',
      detail: `${form.critical ? 'critical' : 'normal'}${named ? `, reserved for ${named}` : ''}`,
    }),
  ];
  if (form.critical) {
    // raisePage pages the case's owner, or everyone: here the named engineer stands in for the owner.
    statements.push(
      ...raisePage(deps, { request: { id: request.id, tier: request.tier, owner_email: namedAvailable ? named : null }, reason: 'critical-case', summary: form.summary, actor: 'customer' }).statements,
    );
  } else {
    for (const to of namedAvailable ? [named!] : deps.reviewers) {
      statements.push(
        insertEmail(deps.db, {
          id: randomKey(),
          requestId: request.id,
          to,
          language: 'en',
          kind: 'reviewer-new-case',
          ...composeEmail('reviewer-new-case', 'en', { tier: tierName('on-demand', 'en'), link: caseLink(deps, request.id), deadline: formatDeadline(due, 'en') }),
          createdAt: now,
        }),
      );
    }
  }
  const [inserted] = await deps.db.batch(statements);
  if (inserted!.meta.changes === 0) throw new ApiFailure(409, { code: 'not-active', message: 'cases can be opened while the engineer is switched on' });
  return request;
}

function insertRequestSql(row: RequestRow): string {
  const columns = Object.keys(row);
  return `INSERT INTO review_requests (${columns.join(', ')}) SELECT ${columns.map(() => '?').join(', ')}`;
}

/**
 * Switches off, in this order so nothing is lost: the account stops being billable (no new timers or cases),
 * running timers on its cases stop, every unreported second is sent, and only then is the subscription
 * cancelled with the remaining usage invoiced now. The account ends when `customer.subscription.deleted`
 * arrives. Safe to repeat: a failed step is retried by pressing again or by the cron (`finishSwitchOffs`).
 */
export async function switchOff(deps: OnDemandDeps, account: AccountRow): Promise<void> {
  if (account.state === 'active') {
    const change = randomKey();
    const now = deps.now();
    const [moved] = await deps.db.batch([
      accountUpdate(deps.db, { id: change, accountId: account.id, to: 'ending', set: { switch_off_requested_at: now } }),
      deps.db
        .prepare(
          `INSERT INTO audit_log (request_id, at, actor, action, detail) SELECT request_id, ?, 'customer', 'timer-stopped-by-switch-off', engineer FROM time_entries WHERE account_id = ? AND stopped_at IS NULL AND ${ifAccountChanged}`,
        )
        .bind(now, account.id, account.id, change),
      stopTimers(deps.db, now, { sql: `account_id = ? AND ${ifAccountChanged}`, values: [account.id, account.id, change] }),
    ]);
    if (moved!.meta.changes === 0) return switchOff(deps, (await findAccount(deps.db, account.id))!);
  } else if (account.state !== 'ending') {
    throw new ApiFailure(409, { code: 'not-active', message: 'the engineer is not switched on' });
  }
  await finishSwitchOff(deps, account.id);
}

async function finishSwitchOff(deps: OnDemandDeps, accountId: string): Promise<void> {
  const account = (await findAccount(deps.db, accountId))!;
  if (account.state !== 'ending' || account.cancel_requested_at !== null) return;
  // Timers started in the instant before the switch: stopped here too.
  await stopTimers(deps.db, deps.now(), { sql: 'account_id = ?', values: [account.id] }).run();
  const { failed } = await reportUnsentUsage(deps, { accountId: account.id });
  if (failed > 0) throw new ApiFailure(503, { code: 'usage-not-reported', message: 'the last usage could not be reported yet; we retry every few minutes, or press switch off again' });
  if (!account.subscription_id) throw new ApiFailure(409, { code: 'no-subscription', message: 'the subscription has not started yet' });
  // Claimed before the call, so a second press or the cron running at the same moment does not cancel twice;
  // released again if the provider refused, so the next attempt retries.
  const claimed = await deps.db.prepare("UPDATE on_demand_accounts SET cancel_requested_at = ? WHERE id = ? AND state = 'ending' AND cancel_requested_at IS NULL").bind(deps.now(), account.id).run();
  if (claimed.meta.changes === 0) return;
  try {
    await paymentsOf(deps).cancelSubscription(account.subscription_id);
  } catch (error) {
    await deps.db.prepare('UPDATE on_demand_accounts SET cancel_requested_at = NULL WHERE id = ?').bind(account.id).run();
    throw error;
  }
}

/** The cron's part: switch-offs that stopped half-way (a report or the cancellation failed) are finished. */
export async function finishSwitchOffs(deps: OnDemandDeps): Promise<void> {
  const { results } = await deps.db.prepare("SELECT id FROM on_demand_accounts WHERE state = 'ending' AND cancel_requested_at IS NULL LIMIT 50").all<{ id: string }>();
  for (const { id } of results) {
    await finishSwitchOff(deps, id).catch((error) => console.error('switch-off not finished', id, error));
  }
}
