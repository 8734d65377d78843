/**
 * The customer's journey to a human review, in one language: the request form (stored before any
 * redirect), checkout, the private status page, the delivered review (page, Markdown, print) and the one
 * follow-up question. Mounted at `/` and `/zh-cn`.
 */
import type { Context } from 'hono';
import { createRouter, runAfterResponse, type AppEnv } from '../app.ts';
import { notesOf } from '../db/requests.ts';
import { csrfProtection } from '../middleware/csrf.ts';
import { pageHeaders } from '../middleware/security-headers.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { DeliveredReviewPage } from '../pages/delivered-review.tsx';
import { RequestFormPage, type RequestFormValues } from '../pages/request-form.tsx';
import { StatusPage } from '../pages/request-status.tsx';
import { htmlDocument } from '../pages/shell.tsx';
import { requestStrings } from '../pages/strings/requests.ts';
import { EventIntake, EventIntakeForm, eventFieldNames, type EventFieldName } from '../schemas/events.ts';
import { RequestForm, type Language, type RequestRow } from '../schemas/requests.ts';
import { eventStrings } from '../pages/strings/events.ts';
import { assessEvent, eventWindow, intakeOf, raiseLiveIssue, readinessOf } from '../services/events.ts';
import { pagesOf } from '../services/paging.ts';
import { RunbookPage } from '../pages/runbook-page.tsx';
import { caseLink } from '../services/assignments.ts';
import { ApiFailure } from '../services/errors.ts';
import { statusPath } from '../services/links.ts';
import { sendPendingEmails } from '../services/outbox.ts';
import { askFollowUp, canAskFollowUp, createRequest, requestForCustomer, startCheckout, type EventDetails } from '../services/requests.ts';
import { reviewedFindings, reviewMarkdownDocument } from '../services/review-document.ts';
import { loadReview } from '../services/reviews.ts';

const noStore = { 'Cache-Control': 'private, no-store' };

/** A report id, from the id itself or any link to the report page. */
function reportIdFrom(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return /(?:^|\/)([A-Za-z0-9_-]{22})\/?(?:[?#].*)?$/.exec(trimmed)?.[1] ?? trimmed;
}

const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);

async function findingsOfReport(c: Context<AppEnv>, reportId: string | null) {
  if (!reportId) return [];
  const deps = c.get('deps');
  try {
    return (await loadReview({ db: deps.db, files: deps.files, now: deps.now, guideBaseUrl: deps.origin }, reportId)).report.findings;
  } catch (error) {
    // The customer may have deleted the report; the review stands on its own.
    if (error instanceof ApiFailure && error.status === 404) return [];
    throw error;
  }
}

export function requestPages(language: Language) {
  const t = requestStrings[language];
  const router = createRouter();
  for (const path of ['/request', '/request/*', '/requests/*']) router.use(path, pageHeaders, csrfProtection);

  const showForm = async (c: Context<AppEnv>) => {
    const reportId = reportIdFrom(c.req.query('report'));
    const tier = c.req.query('tier');
    const page = (
      <RequestFormPage
        language={language}
        csrfToken={c.get('csrfToken')}
        values={tier ? { tier } : {}}
        errors={{}}
        reportId={reportId && /^[A-Za-z0-9_-]{22}$/.test(reportId) ? reportId : undefined}
      />
    );
    return c.html(await htmlDocument(page), 200, noStore);
  };
  router.get('/request', showForm);
  router.get('/request/', showForm);

  router.post('/request', rateLimit('REQUEST_LIMITER', 'review requests'), async (c) => {
    const deps = c.get('deps');
    const form = await c.req.parseBody();
    const values: RequestFormValues = {};
    for (const name of ['tier', 'email', 'reviewLanguage', 'concerns', 'urgency', 'reportId', ...eventFieldNames] as const) {
      const value = field(form, name);
      if (value !== undefined) values[name] = value;
    }
    const fromReport = reportIdFrom(values.reportId);
    const parsed = RequestForm.safeParse({ ...values, reportId: fromReport ?? '' });
    const rerender = async (errors: Record<string, string>) => {
      const hiddenReport = field(form, 'reportId') !== undefined && fromReport && /^[A-Za-z0-9_-]{22}$/.test(fromReport) && !errors['reportId'] ? fromReport : undefined;
      const page = <RequestFormPage language={language} csrfToken={c.get('csrfToken')} values={values} errors={errors} reportId={hiddenReport} />;
      return c.html(await htmlDocument(page), 422, noStore);
    };
    const isEvent = values.tier === 'event';
    const intake = isEvent ? EventIntakeForm.safeParse(Object.fromEntries(eventFieldNames.map((name) => [name, values[name] ?? '']))) : undefined;
    const errors: Record<string, string> = {};
    for (const issue of parsed.error?.issues ?? []) {
      const name = String(issue.path[0] ?? 'form');
      errors[name] ??= t.errors[name] ?? issue.message;
    }
    for (const issue of intake?.error?.issues ?? []) {
      const name = String(issue.path[0] ?? 'form') as EventFieldName;
      errors[name] ??= eventStrings[language].errors[name] ?? issue.message;
    }
    if (isEvent && !fromReport) errors['reportId'] ??= eventStrings[language].errors.reportId;
    if (!parsed.success || (intake && !intake.success) || Object.keys(errors).length > 0) return rerender(errors);
    let created;
    try {
      let event: EventDetails | undefined;
      if (intake?.data && parsed.data.reportId) {
        const details = EventIntake.parse(intake.data);
        event = { intake: details, ...eventWindow(details), readiness: await assessEvent(deps, parsed.data.reportId, details) };
      }
      created = await createRequest(deps, parsed.data, language, event);
    } catch (error) {
      if (error instanceof ApiFailure && error.body.code === 'unknown-report') return rerender({ reportId: t.unknownReport });
      if (error instanceof ApiFailure && error.body.code === 'files-expired') return rerender({ reportId: eventStrings[language].filesExpired });
      throw error;
    }
    await runAfterResponse(c, () => sendPendingEmails(deps));
    const statusUrl = statusPath(language, created.request.id, created.key);
    // An event shows its readiness results before payment; the status page has the button to pay.
    if (created.request.tier === 'event') return c.redirect(statusUrl, 303);
    try {
      return c.redirect(await startCheckout(deps, created.request), 303);
    } catch (error) {
      // The request is saved and its link e-mailed; payment can start again from the status page.
      console.error('checkout could not be opened', error);
      return c.redirect(statusUrl, 303);
    }
  });

  const customerRequest = async (c: Context<AppEnv>, key?: string): Promise<{ request: RequestRow; key: string }> => {
    const accessKey = key ?? c.req.query('key') ?? '';
    return { request: await requestForCustomer(c.get('deps'), c.req.param('id') ?? '', accessKey), key: accessKey };
  };

  router.get('/requests/:id', async (c) => {
    const { request, key } = await customerRequest(c);
    const deps = c.get('deps');
    const intake = intakeOf(request);
    const event = intake ? { intake, readiness: readinessOf(request), pages: await pagesOf(deps.db, request.id), now: deps.now(), raised: c.req.query('raised') === '1' } : undefined;
    const page = (
      <StatusPage language={language} request={request} csrfToken={c.get('csrfToken')} accessKey={key} checkout={c.req.query('checkout')} canAskFollowUp={canAskFollowUp(request)} event={event} />
    );
    return c.html(await htmlDocument(page), 200, noStore);
  });

  router.post('/requests/:id/live-issue', rateLimit('REQUEST_LIMITER', 'live issues'), async (c) => {
    const deps = c.get('deps');
    const form = await c.req.parseBody();
    const { request, key } = await customerRequest(c, field(form, 'key'));
    await raiseLiveIssue(deps, request, field(form, 'summary') ?? '');
    await runAfterResponse(c, () => sendPendingEmails(deps));
    return c.redirect(`${statusPath(language, request.id, key)}&raised=1#standby-heading`, 303);
  });

  router.get('/requests/:id/runbook', async (c) => {
    const { request, key } = await customerRequest(c);
    if (request.runbook_shared_at === null || request.runbook_markdown === null) return c.redirect(statusPath(language, request.id, key), 303);
    const page = <RunbookPage language={language} request={request} markdown={request.runbook_markdown} accessKey={key} />;
    return c.html(await htmlDocument(page), 200, noStore);
  });

  router.get('/requests/:id/state', async (c) => {
    const { request } = await customerRequest(c);
    return c.json({ state: request.state }, 200, noStore);
  });

  router.post('/requests/:id/checkout', rateLimit('REQUEST_LIMITER', 'checkout attempts'), async (c) => {
    const form = await c.req.parseBody();
    const { request } = await customerRequest(c, field(form, 'key'));
    return c.redirect(await startCheckout(c.get('deps'), request), 303);
  });

  router.get('/requests/:id/review', async (c) => {
    const { request, key } = await customerRequest(c);
    if (request.state !== 'delivered') return c.redirect(statusPath(language, request.id, key), 303);
    const reviewed = reviewedFindings(await findingsOfReport(c, request.report_id), await notesOf(c.get('deps').db, request.id), request.review_language);
    const page = <DeliveredReviewPage language={language} request={request} reviewed={reviewed} csrfToken={c.get('csrfToken')} accessKey={key} canAskFollowUp={canAskFollowUp(request)} />;
    return c.html(await htmlDocument(page), 200, noStore);
  });

  router.get('/requests/:id/review.md', async (c) => {
    const { request } = await customerRequest(c);
    if (request.state !== 'delivered') throw new ApiFailure(404, { code: 'not-delivered', message: 'the review has not been delivered yet' });
    const reviewed = reviewedFindings(await findingsOfReport(c, request.report_id), await notesOf(c.get('deps').db, request.id), request.review_language);
    return c.body(reviewMarkdownDocument(request, reviewed), 200, {
      ...noStore,
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="plumbline-review-${request.id}.md"`,
    });
  });

  router.post('/requests/:id/follow-up', async (c) => {
    const deps = c.get('deps');
    const form = await c.req.parseBody();
    const { request, key } = await customerRequest(c, field(form, 'key'));
    const question = field(form, 'question')?.trim() ?? '';
    if (question.length < 3 || question.length > 3000)
      throw new ApiFailure(422, { code: 'invalid-question', message: language === 'zh-cn' ? '请填写问题（3 到 3000 个字符）。' : 'Write your question (3 to 3,000 characters).' });
    await askFollowUp(deps, request, question, caseLink(deps, request.id));
    await runAfterResponse(c, () => sendPendingEmails(deps));
    return c.redirect(statusPath(language, request.id, key, '/review'), 303);
  });

  return router;
}
