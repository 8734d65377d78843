/**
 * Event readiness and paging in the console: the list of upcoming events, saving and sharing a case's runbook,
 * and acknowledging a page with an answer for the customer.
 */
import { z } from 'zod';
import { createRouter, runAfterResponse } from '../../app.ts';
import { findRequest } from '../../db/requests.ts';
import { EventsPage, type UpcomingEvent } from '../../pages/console/events-page.tsx';
import { consolePaths, inOtherLanguage } from '../../pages/console/paths.ts';
import { htmlDocument } from '../../pages/shell.tsx';
import { consoleStrings } from '../../pages/strings/console.ts';
import { RequestRow, type Language } from '../../schemas/requests.ts';
import { ApiFailure } from '../../services/errors.ts';
import { intakeOf, saveRunbook } from '../../services/events.ts';
import { sendPendingEmails } from '../../services/outbox.ts';
import { acknowledgePage, openPagesFor, PageRow } from '../../services/paging.ts';
import { renderCase } from './case.tsx';

/** Events from a day ago on: the one running now and the ones still to come. */
async function upcomingEvents(db: D1Database, now: number): Promise<UpcomingEvent[]> {
  const { results } = await db
    .prepare(
      "SELECT r.*, (SELECT COUNT(*) FROM pages p WHERE p.request_id = r.id AND p.acknowledged_at IS NULL) AS open_pages FROM review_requests r WHERE r.tier = 'event' AND r.event_ends_at >= ? AND r.state IN ('paid', 'claimed', 'responded', 'delivered') ORDER BY r.event_starts_at LIMIT 200",
    )
    .bind(now - 24 * 60 * 60_000)
    .all<Record<string, unknown>>();
  return results.map((row) => {
    const request = RequestRow.parse(row);
    return { request, intake: intakeOf(request)!, openPages: Number(row['open_pages'] ?? 0) };
  });
}

const RunbookForm = z.object({ runbook: z.string().max(200_000), share: z.enum(['0', '1']).default('0') });
const AcknowledgeForm = z.object({ response: z.string().max(5000) });

export function eventRoutes(language: Language) {
  const t = consoleStrings[language];
  const paths = consolePaths(language);
  return createRouter()
    .get('/events', async (c) => {
      const deps = c.get('deps');
      const reviewer = c.get('reviewer').email;
      const [events, alerts] = await Promise.all([upcomingEvents(deps.db, deps.now()), openPagesFor(deps.db, reviewer)]);
      const page = (
        <EventsPage language={language} reviewer={reviewer} csrfToken={c.get('csrfToken')} alternate={inOtherLanguage(paths.events, language)} now={deps.now()} events={events} alerts={alerts} />
      );
      return c.html(await htmlDocument(page));
    })

    .post('/cases/:id/runbook', async (c) => {
      const deps = c.get('deps');
      const id = c.req.param('id');
      const form = RunbookForm.safeParse(await c.req.parseBody());
      const draft = form.success ? form.data.runbook : undefined;
      try {
        if (!form.success) throw new ApiFailure(422, { code: 'invalid-form', message: 'the form was incomplete' });
        await saveRunbook(deps, id, c.get('reviewer').email, form.data.runbook, form.data.share === '1');
      } catch (error) {
        if (error instanceof ApiFailure && (error.status === 409 || error.status === 422)) {
          return renderCase(c, language, id, { failure: { message: t.errors[error.body.code] ?? error.body.message, status: error.status }, drafts: { runbook: draft } });
        }
        throw error;
      }
      await runAfterResponse(c, () => sendPendingEmails(deps));
      return c.redirect(`${paths.case(id)}?done=${form.data.share === '1' ? 'runbook-shared' : 'runbook-saved'}#runbook-heading`, 303);
    })

    .post('/pages/:pageId/acknowledge', async (c) => {
      const deps = c.get('deps');
      const row = await deps.db.prepare('SELECT * FROM pages WHERE id = ?').bind(c.req.param('pageId')).first();
      if (!row) throw new ApiFailure(404, { code: 'not-found', message: 'no such page' });
      const page = PageRow.parse(row);
      const request = await findRequest(deps.db, page.request_id);
      if (!request) throw new ApiFailure(404, { code: 'not-found', message: 'no such case' });
      const form = AcknowledgeForm.safeParse(await c.req.parseBody());
      try {
        await acknowledgePage(deps, page.id, c.get('reviewer').email, form.success ? form.data.response : '', request);
      } catch (error) {
        if (error instanceof ApiFailure && (error.status === 409 || error.status === 422)) {
          return renderCase(c, language, request.id, { failure: { message: t.errors[error.body.code] ?? error.body.message, status: error.status } });
        }
        throw error;
      }
      await runAfterResponse(c, () => sendPendingEmails(deps));
      return c.redirect(`${paths.case(request.id)}?done=page-acknowledged#pages-heading`, 303);
    });
}
