/**
 * What a reviewer does to a case, one POST each: claim, hand over, note a finding, save or deliver the
 * review, send the first response, answer the follow-up. Handlers only read the form and call a service.
 * Success answers 303 back to the case page (post/redirect/get); a refusal (409, 422) shows the case page
 * again with the reason and with what was typed, so a long review is never lost to a short error.
 */
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import { createRouter, runAfterResponse, type AppEnv } from '../../app.ts';
import type { Dependencies } from '../../middleware/dependencies.ts';
import type { CaseDrafts } from '../../pages/console/case-page.tsx';
import { consolePaths, findingAnchor } from '../../pages/console/paths.ts';
import { consoleStrings } from '../../pages/strings/console.ts';
import { FirstResponseForm, FollowUpAnswerForm, HandoverForm, NoteForm, ReviewForm, type DoneNotice } from '../../schemas/console.ts';
import type { Language } from '../../schemas/requests.ts';
import { claimCase, handOver, loadCase } from '../../services/assignments.ts';
import { answerFollowUp, deliver, saveDraft, saveNote, sendFirstResponse } from '../../services/casework.ts';
import { ApiFailure } from '../../services/errors.ts';
import { sendPendingEmails } from '../../services/outbox.ts';
import { findingKey } from '../../services/review-document.ts';
import { renderCase } from './case.tsx';
import { linkedReport } from './case-view.ts';

interface Outcome {
  done: DoneNotice;
  /** The action may have put e-mail in the outbox: send it once the response is on its way. */
  sendsEmail: boolean;
  drafts?: CaseDrafts;
  /** Where on the case page to land afterwards. */
  anchor?: string;
}

type Work = (deps: Dependencies, id: string, reviewer: string) => Promise<unknown>;

/** Reads a form with its schema; a malformed form is refused like any other 422. */
async function formOf<T>(c: Context<AppEnv>, schema: ZodType<T>): Promise<{ form: Record<string, unknown>; parsed: T | undefined }> {
  const form = await c.req.parseBody();
  const result = schema.safeParse(form);
  return { form, parsed: result.success ? result.data : undefined };
}

function required<T>(parsed: T | undefined): T {
  if (parsed === undefined) throw new ApiFailure(422, { code: 'invalid-form', message: 'the form was incomplete' });
  return parsed;
}

const text = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);

export function caseActionRoutes(language: Language) {
  const t = consoleStrings[language];
  const paths = consolePaths(language);

  async function act(c: Context<AppEnv>, id: string, outcome: Outcome, work: Work): Promise<Response> {
    const deps = c.get('deps');
    try {
      await work(deps, id, c.get('reviewer').email);
    } catch (error) {
      if (error instanceof ApiFailure && (error.status === 409 || error.status === 422)) {
        const message = t.errors[error.body.code] ?? error.body.message;
        return renderCase(c, language, id, { failure: { message, status: error.status }, drafts: outcome.drafts });
      }
      throw error;
    }
    if (outcome.sendsEmail) await runAfterResponse(c, () => sendPendingEmails(deps));
    return c.redirect(`${paths.case(id)}?done=${outcome.done}${outcome.anchor ? `#${outcome.anchor}` : ''}`, 303);
  }

  return createRouter()
    .post('/cases/:id/claim', async (c) => {
      // An on-demand case claimed in place of the customer's named engineer carries a handover note.
      const handoverNote = text(await c.req.parseBody(), 'handoverNote');
      return act(c, c.req.param('id'), { done: 'claimed', sendsEmail: true, drafts: { handoverNote } }, (deps, id, reviewer) => claimCase(deps, id, reviewer, handoverNote));
    })

    .post('/cases/:id/handover', async (c) => {
      const { form, parsed } = await formOf(c, HandoverForm);
      const drafts = { handoverTo: text(form, 'to'), handoverReason: text(form, 'reason') };
      return act(c, c.req.param('id'), { done: 'handed-over', sendsEmail: true, drafts }, (deps, id, reviewer) => {
        const { to, reason } = required(parsed);
        return handOver(deps, id, reviewer, to, reason);
      });
    })

    .post('/cases/:id/notes', async (c) => {
      const { form, parsed } = await formOf(c, NoteForm);
      const key = text(form, 'findingKey') ?? '';
      const drafts = { note: { findingKey: key, verdict: text(form, 'verdict'), severity: text(form, 'severity'), note: text(form, 'note') } };
      return act(c, c.req.param('id'), { done: 'note-saved', sendsEmail: false, drafts, anchor: findingAnchor(key) }, async (deps, id, reviewer) => {
        const note = required(parsed);
        // A note belongs to a finding of the linked report; anything else would show up in the customer's review as noise.
        const report = await linkedReport(deps, (await loadCase(deps, id)).report_id, { withSources: false });
        if (report.status !== 'kept' || !report.findings.some((finding) => findingKey(finding) === note.findingKey)) {
          throw new ApiFailure(422, { code: 'unknown-finding', message: 'this finding is not in the linked report' });
        }
        return saveNote(deps, id, reviewer, note);
      });
    })

    .post('/cases/:id/review', async (c) => {
      const { form, parsed } = await formOf(c, ReviewForm);
      return act(c, c.req.param('id'), { done: 'draft-saved', sendsEmail: false, drafts: { review: text(form, 'review') } }, (deps, id, reviewer) =>
        saveDraft(deps, id, reviewer, required(parsed).review),
      );
    })

    .post('/cases/:id/deliver', async (c) => {
      const { form, parsed } = await formOf(c, ReviewForm);
      return act(c, c.req.param('id'), { done: 'delivered', sendsEmail: true, drafts: { review: text(form, 'review') } }, (deps, id, reviewer) => deliver(deps, id, reviewer, required(parsed).review));
    })

    .post('/cases/:id/first-response', async (c) => {
      const { form, parsed } = await formOf(c, FirstResponseForm);
      return act(c, c.req.param('id'), { done: 'first-response-sent', sendsEmail: true, drafts: { firstResponse: text(form, 'text') } }, (deps, id, reviewer) =>
        sendFirstResponse(deps, id, reviewer, required(parsed).text),
      );
    })

    .post('/cases/:id/follow-up', async (c) => {
      const { form, parsed } = await formOf(c, FollowUpAnswerForm);
      return act(c, c.req.param('id'), { done: 'follow-up-answered', sendsEmail: true, drafts: { answer: text(form, 'answer') } }, (deps, id, reviewer) =>
        answerFollowUp(deps, id, reviewer, required(parsed).answer),
      );
    });
}
