/**
 * The customer's side of a paid review: create the request (stored before any redirect), open a checkout
 * for it, read it back by its private link, and ask the one follow-up question the Developer tier includes.
 */
import type { Dependencies } from '../middleware/dependencies.ts';
import { checkoutLocale } from '../integrations/payments/payments.ts';
import { findRequest, guardedUpdate, insertAudit, insertEmail, insertRequest, type NewEmail } from '../db/requests.ts';
import { findReview } from '../db/reviews.ts';
import { tiers } from '../pricing.ts';
import type { ReadinessReport } from '../../checks/index.ts';
import type { EventIntake } from '../schemas/events.ts';
import type { Language, RequestForm, RequestRow } from '../schemas/requests.ts';
import { ApiFailure } from './errors.ts';
import { isRequestKey, requestKey, statusPath } from './links.ts';
import { composeEmail, type EmailKind, type EmailParams } from './notifications.ts';
import { randomKey } from './secrets.ts';
import { stateRank } from './request-state.ts';

export type RequestDeps = Pick<Dependencies, 'db' | 'now' | 'origin' | 'payments' | 'signingSecret'>;

export function tierOf(id: string) {
  const tier = tiers.find((candidate) => candidate.id === id);
  if (!tier) throw new Error(`unknown tier ${id}`);
  return tier;
}

export function tierName(id: string, language: Language): string {
  return tierOf(id).text[language]!.name;
}

function secretOf(deps: Pick<Dependencies, 'signingSecret'>): string {
  if (!deps.signingSecret) throw new ApiFailure(503, { code: 'not-configured', message: 'SIGNING_SECRET is not configured, so private links cannot be issued' });
  return deps.signingSecret;
}

/** The absolute link to a request's status page, in the language the customer reads. */
export async function customerLink(deps: Pick<Dependencies, 'origin' | 'signingSecret'>, request: Pick<RequestRow, 'id' | 'page_language'>, suffix = ''): Promise<string> {
  return `${deps.origin}${statusPath(request.page_language, request.id, await requestKey(secretOf(deps), request.id), suffix)}`;
}

/** An e-mail to the customer, in the review's language. */
export function customerEmail(deps: Pick<Dependencies, 'now'>, request: RequestRow, kind: EmailKind, params: Omit<EmailParams, 'tier'>): NewEmail {
  const text = composeEmail(kind, request.review_language, { tier: tierName(request.tier, request.review_language), ...params });
  return { id: randomKey(), requestId: request.id, to: request.email, language: request.review_language, kind, ...text, createdAt: deps.now() };
}

type RequestBasics = Pick<RequestRow, 'id' | 'report_id' | 'tier' | 'email' | 'review_language' | 'page_language' | 'concerns' | 'urgency' | 'price_cents' | 'currency' | 'created_at'>;

/** A request as it is first stored: waiting for payment, nothing else happened yet. */
export function newRequestRow(basics: RequestBasics): RequestRow {
  const nothingYet = {
    checkout_session_id: null,
    payment_intent_id: null,
    amount_paid_cents: null,
    paid_at: null,
    first_response_due_at: null,
    claimed_at: null,
    first_response_at: null,
    delivered_at: null,
    closed_at: null,
    owner_email: null,
    sla_flag: null,
    first_response: null,
    review_markdown: null,
    follow_up_question: null,
    follow_up_asked_at: null,
    follow_up_answer: null,
    follow_up_answered_at: null,
    last_change_id: null,
    event_json: null,
    event_starts_at: null,
    event_ends_at: null,
    readiness_json: null,
    runbook_markdown: null,
    runbook_updated_at: null,
    runbook_updated_by: null,
    runbook_shared_at: null,
  };
  return { ...basics, state: 'awaiting_payment', state_rank: stateRank.awaiting_payment, ...nothingYet };
}

export interface CreatedRequest {
  request: RequestRow;
  /** The private key of the status page, for the redirect. */
  key: string;
}

/** What an event-readiness request adds: the intake, its window and the readiness results. */
export interface EventDetails {
  intake: EventIntake;
  startsAt: number;
  endsAt: number;
  readiness: ReadinessReport;
}

export async function createRequest(deps: RequestDeps, form: RequestForm, pageLanguage: Language, event?: EventDetails): Promise<CreatedRequest> {
  if (!deps.payments) throw new ApiFailure(503, { code: 'payments-not-configured', message: 'payments are not configured' });
  const secret = secretOf(deps);
  if (form.reportId && !(await findReview(deps.db, form.reportId))) {
    throw new ApiFailure(422, { code: 'unknown-report', message: 'the report linked to this request no longer exists; upload the architecture again or leave the report out' });
  }
  const tier = tierOf(form.tier);
  const now = deps.now();
  const request = newRequestRow({
    id: randomKey(128),
    report_id: form.reportId ?? null,
    tier: form.tier,
    email: form.email.toLowerCase(),
    review_language: form.reviewLanguage,
    page_language: pageLanguage,
    concerns: form.concerns,
    urgency: form.urgency,
    price_cents: tier.priceCents,
    currency: 'usd',
    created_at: now,
  });
  if (event) {
    request.event_json = JSON.stringify(event.intake);
    request.event_starts_at = event.startsAt;
    request.event_ends_at = event.endsAt;
    request.readiness_json = JSON.stringify(event.readiness);
  }
  const key = await requestKey(secret, request.id);
  const link = `${deps.origin}${statusPath(pageLanguage, request.id, key)}`;
  // Stored, audited and announced in one transaction, before the customer is sent anywhere.
  await deps.db.batch([
    insertRequest(deps.db, request),
    insertAudit(deps.db, { requestId: request.id, at: now, actor: 'customer', action: 'requested', detail: `${form.tier}, review in ${form.reviewLanguage}, urgency ${form.urgency}` }),
    insertEmail(deps.db, customerEmail(deps, request, 'request-received', { link })),
  ]);
  return { request, key };
}

/** Opens a checkout for an unpaid request and remembers its session; returns where to send the customer. */
export async function startCheckout(deps: RequestDeps, request: RequestRow): Promise<string> {
  if (!deps.payments) throw new ApiFailure(503, { code: 'payments-not-configured', message: 'payments are not configured' });
  if (request.state !== 'awaiting_payment') throw new ApiFailure(409, { code: 'not-payable', message: 'this request is not waiting for payment' });
  const link = await customerLink(deps, request);
  const session = await deps.payments.createCheckout({
    requestId: request.id,
    amountCents: request.price_cents,
    currency: 'usd',
    productName: `Plumbline · ${tierName(request.tier, request.review_language)}`,
    customerEmail: request.email,
    locale: checkoutLocale(request.review_language),
    successUrl: `${link}&checkout=done`,
    cancelUrl: `${link}&checkout=cancelled`,
  });
  const change = randomKey();
  await deps.db.batch([
    guardedUpdate(deps.db, { id: change, requestId: request.id, set: { checkout_session_id: session.id }, where: { sql: "state = 'awaiting_payment'", values: [] } }),
    insertAudit(deps.db, { requestId: request.id, at: deps.now(), actor: 'customer', action: 'checkout-opened', detail: `${deps.payments.mode} session ${session.id}` }, change),
  ]);
  return session.url;
}

/** The request behind a private link; a wrong key and a missing request look the same (404). */
export async function requestForCustomer(deps: Pick<Dependencies, 'db' | 'signingSecret'>, id: string, key: string | undefined): Promise<RequestRow> {
  const secret = secretOf(deps);
  const request = /^[A-Za-z0-9_-]{22}$/.test(id) && (await isRequestKey(secret, id, key)) ? await findRequest(deps.db, id) : null;
  if (!request) throw new ApiFailure(404, { code: 'not-found', message: 'no request behind this link' });
  return request;
}

/** Developer reviews include one follow-up question after delivery. */
export function canAskFollowUp(request: RequestRow): boolean {
  return request.tier === 'developer' && request.state === 'delivered' && request.follow_up_question === null;
}

export async function askFollowUp(deps: Pick<Dependencies, 'db' | 'now' | 'origin'>, request: RequestRow, question: string, reviewerLink: string): Promise<void> {
  if (!canAskFollowUp(request)) throw new ApiFailure(409, { code: 'no-follow-up', message: 'this review has no follow-up question left' });
  const change = randomKey();
  const now = deps.now();
  const [updated] = await deps.db.batch([
    guardedUpdate(deps.db, {
      id: change,
      requestId: request.id,
      set: { follow_up_question: question, follow_up_asked_at: now },
      where: { sql: "state = 'delivered' AND follow_up_question IS NULL", values: [] },
    }),
    insertAudit(deps.db, { requestId: request.id, at: now, actor: 'customer', action: 'follow-up-asked' }, change),
    insertEmail(
      deps.db,
      {
        id: randomKey(),
        requestId: request.id,
        to: request.owner_email ?? '',
        language: 'en',
        kind: 'reviewer-follow-up',
        ...composeEmail('reviewer-follow-up', 'en', { tier: tierName(request.tier, 'en'), link: reviewerLink, text: question }),
        createdAt: now,
      },
      change,
    ),
  ]);
  if (updated!.meta.changes === 0) throw new ApiFailure(409, { code: 'no-follow-up', message: 'this review has no follow-up question left' });
}
