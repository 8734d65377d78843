/** The customer's private status page: where the request stands, what to do next, and the engineer's words. */
import { raw } from 'hono/html';
import type { Language, RequestRow } from '../schemas/requests.ts';
import { formatDeadline } from '../services/notifications.ts';
import { stateRank } from '../services/request-state.ts';
import { renderMarkdown } from '../services/markdown.ts';
import { tierName, tierOf } from '../services/requests.ts';
import { EventStatus, type EventStatusProps } from './event-status.tsx';
import { formatPrice } from './request-form.tsx';
import { eventStrings } from './strings/events.ts';
import { Shell } from './shell.tsx';
import { requestStrings } from './strings/requests.ts';

export interface StatusPageProps {
  language: Language;
  request: RequestRow;
  csrfToken: string;
  /** The private key from the link, carried by every form and link on the page. */
  accessKey: string;
  /** `done` or `cancelled` after returning from checkout. */
  checkout?: string | undefined;
  canAskFollowUp: boolean;
  /** For an event-readiness request: its intake, results, pages and the clock. */
  event?: Omit<EventStatusProps, 'language' | 'request' | 'csrfToken' | 'accessKey'> | undefined;
}

const stamp = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC');

export function StatusPage({ language, request, csrfToken, accessKey, checkout, canAskFollowUp, event }: StatusPageProps) {
  const t = requestStrings[language];
  const prefix = language === 'zh-cn' ? '/zh-cn' : '';
  const base = `${prefix}/requests/${request.id}`;
  const keyQuery = `?key=${encodeURIComponent(accessKey)}`;
  const rank = stateRank[request.state];
  const closed = rank === 9;
  const steps = [
    { label: t.steps.requested, at: request.created_at, done: true },
    { label: t.steps.paid, at: request.paid_at, done: request.paid_at !== null },
    { label: t.steps.claimed, at: request.claimed_at, done: request.claimed_at !== null },
    { label: t.steps.responded, at: request.first_response_at, done: request.first_response_at !== null },
    { label: t.steps.delivered, at: request.delivered_at, done: request.delivered_at !== null },
  ];
  const current = steps.findIndex((step) => !step.done);
  const waitingForWebhook = request.state === 'awaiting_payment' && checkout === 'done';
  const tierText = tierName(request.tier, language);
  return (
    <Shell language={language} title={t.statusTitle} alternate={`${language === 'zh-cn' ? '' : '/zh-cn'}/requests/${request.id}${keyQuery}`} scripts={['/js/request-status.js']}>
      <h1>{t.statusTitle}</h1>
      <p class="meta">{t.keepLink(request.email)}</p>

      <section aria-labelledby="progress-heading" data-request-state={request.state} data-state-url={`${base}/state${keyQuery}`}>
        <h2 id="progress-heading">{t.progress}</h2>
        {!closed && (
          <ol class="timeline">
            {steps.map((step, index) => (
              <li class={step.done ? 'step-done' : index === current ? 'step-current' : 'step-todo'} aria-current={index === current ? 'step' : undefined}>
                <span class="step-label">{step.label}</span>
                {step.done && step.at !== null && <span class="step-time"> · {stamp(step.at)}</span>}
              </li>
            ))}
          </ol>
        )}
        <p class="state-text" role="status">
          {waitingForWebhook ? t.confirming : t.stateText[request.state]}
        </p>
        {request.state === 'awaiting_payment' && checkout === 'cancelled' && <p class="notice">{t.checkoutCancelled}</p>}
        {request.first_response_due_at !== null && request.first_response_at === null && !closed && <p>{t.firstResponseBy(formatDeadline(request.first_response_due_at, language))}</p>}
        {request.owner_email && !closed && <p>{t.ownedBy(request.owner_email)}</p>}
        {request.state === 'awaiting_payment' && (
          <form method="post" action={`${base}/checkout`}>
            <input type="hidden" name="csrf" value={csrfToken} />
            <input type="hidden" name="key" value={accessKey} />
            <button type="submit" class="button">
              {request.tier === 'event' ? eventStrings[language].payForEvent : t.pay} · {formatPrice(request.price_cents, language)}
            </button>
          </form>
        )}
        {(request.state === 'expired' || request.state === 'payment_failed') && (
          <p>
            <a class="button" href={`${prefix}/request/?tier=${request.tier}${request.report_id ? `&report=${request.report_id}` : ''}`}>
              {t.startAgain}
            </a>
          </p>
        )}
        {request.state === 'delivered' && (
          <p>
            <a class="button" href={`${base}/review${keyQuery}`}>
              {t.readReview}
            </a>
          </p>
        )}
        {request.tier === 'business' && request.paid_at !== null && !closed && <p>{t.businessCall}</p>}
      </section>

      {request.first_response && (
        <section aria-labelledby="first-response-heading">
          <h2 id="first-response-heading">{t.firstResponse}</h2>
          <div class="prose">{raw(renderMarkdown(request.first_response))}</div>
        </section>
      )}

      {event && <EventStatus language={language} request={request} csrfToken={csrfToken} accessKey={accessKey} {...event} />}

      {request.tier === 'developer' && request.state === 'delivered' && (
        <FollowUp language={language} request={request} csrfToken={csrfToken} accessKey={accessKey} canAsk={canAskFollowUp} action={`${base}/follow-up`} />
      )}

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t.details}</h2>
        <dl class="details">
          <dt>{t.tier}</dt>
          <dd>{tierText}</dd>
          <dt>{t.price}</dt>
          {/* An on-demand case costs the engineer's time on it, billed through the customer's subscription. */}
          <dd>{request.tier === 'on-demand' ? `${formatPrice(tierOf(request.tier).priceCents, language)} ${t.per['per-second']}` : formatPrice(request.price_cents, language)}</dd>
          <dt>{t.language}</dt>
          <dd>{request.review_language === 'zh-cn' ? t.languageZh : t.languageEn}</dd>
          <dt>{t.urgencyLabel}</dt>
          <dd>{t.urgencies[request.urgency]}</dd>
          <dt>{t.report}</dt>
          <dd>{request.report_id ? <a href={`${prefix}/reviews/${request.report_id}`}>{request.report_id}</a> : t.noReport}</dd>
          <dt>{t.concernsLabel}</dt>
          <dd class="pre-wrap">{request.concerns}</dd>
        </dl>
      </section>
    </Shell>
  );
}

export function FollowUp({
  language,
  request,
  csrfToken,
  accessKey,
  canAsk,
  action,
}: {
  language: Language;
  request: RequestRow;
  csrfToken: string;
  accessKey: string;
  canAsk: boolean;
  action: string;
}) {
  const t = requestStrings[language];
  return (
    <section aria-labelledby="follow-up-heading" class="no-print">
      <h2 id="follow-up-heading">{t.followUpTitle}</h2>
      {canAsk ? (
        <form method="post" action={action} class="service-form">
          <p>{t.followUpIntro}</p>
          <input type="hidden" name="csrf" value={csrfToken} />
          <input type="hidden" name="key" value={accessKey} />
          <div class="field">
            <label for="field-question">{t.followUpField}</label>
            <textarea id="field-question" name="question" rows={4} maxlength={3000} required></textarea>
          </div>
          <button type="submit" class="button">
            {t.followUpSubmit}
          </button>
        </form>
      ) : (
        <>
          <blockquote class="pre-wrap">{request.follow_up_question}</blockquote>
          {request.follow_up_answer ? (
            <>
              <h3>{t.followUpAnswer}</h3>
              <div class="prose">{raw(renderMarkdown(request.follow_up_answer))}</div>
            </>
          ) : (
            <p role="status">{t.followUpWaiting}</p>
          )}
        </>
      )}
    </section>
  );
}
