/**
 * What the owner writes to the customer: the first response, the overall review (draft, preview, delivery)
 * and the answer to a follow-up question. Everyone else sees the same text without the forms.
 */
import { raw } from 'hono/html';
import type { RequestRow } from '../../schemas/requests.ts';
import { renderMarkdown } from '../../services/markdown.ts';
import type { ConsoleStrings } from '../strings/console.ts';
import { utcText } from './countdown.tsx';
import type { ConsolePaths } from './paths.ts';

export interface WritingProps {
  request: RequestRow;
  t: ConsoleStrings;
  paths: ConsolePaths;
  csrfToken: string;
  /** The reader owns the case: only the owner gets forms. */
  isOwner: boolean;
  /** Text of a refused form, shown again so nothing typed is lost. */
  draft?: string | undefined;
}

/** Reviewer Markdown as safe HTML: markdown-it with raw HTML off (see services/markdown.ts). */
const Rendered = ({ markdown }: { markdown: string }) => <div class="prose rendered">{raw(renderMarkdown(markdown))}</div>;

const CsrfField = ({ token }: { token: string }) => <input type="hidden" name="csrf" value={token} />;

export function FirstResponseSection({ request, t, paths, csrfToken, isOwner, draft }: WritingProps) {
  const open = isOwner && request.state === 'claimed' && request.first_response_at === null;
  return (
    <section aria-labelledby="first-response-heading">
      <h2 id="first-response-heading">{t.case.firstResponse}</h2>
      {request.first_response_at !== null ? (
        <>
          <p>{t.case.firstResponseSent(utcText(request.first_response_at, t))}</p>
          {request.first_response && <Rendered markdown={request.first_response} />}
        </>
      ) : open ? (
        <form method="post" action={paths.caseAction(request.id, 'first-response')} class="service-form">
          <CsrfField token={csrfToken} />
          <div class="field">
            <label for="first-response-text">{t.case.firstResponseField}</label>
            <p class="hint" id="first-response-hint">
              {t.case.firstResponseHint(request.first_response_due_at === null ? t.facts.none : utcText(request.first_response_due_at, t))}
            </p>
            <textarea id="first-response-text" name="text" rows={6} required aria-describedby="first-response-hint">
              {draft ?? ''}
            </textarea>
          </div>
          <p>
            <button type="submit" class="button">
              {t.case.firstResponseSubmit}
            </button>
          </p>
        </form>
      ) : (
        <p>{t.case.firstResponseMissing}</p>
      )}
    </section>
  );
}

export function ReviewSection({ request, t, paths, csrfToken, isOwner, draft }: WritingProps) {
  const saved = request.review_markdown;
  // The same states saveDraft and deliver accept.
  const canWrite = isOwner && (request.state === 'claimed' || request.state === 'responded');
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t.case.review}</h2>
      {canWrite && (
        <form method="post" action={paths.caseAction(request.id, 'review')} class="service-form review-form">
          <CsrfField token={csrfToken} />
          <div class="field">
            <label for="review-text">{t.case.reviewField}</label>
            <p class="hint" id="review-hint">
              {t.case.reviewHint}
            </p>
            <textarea id="review-text" name="review" rows={16} aria-describedby="review-hint deliver-hint">
              {draft ?? saved ?? ''}
            </textarea>
          </div>
          <p class="hint" id="deliver-hint">
            {t.case.deliverHint}
          </p>
          <p class="form-buttons">
            <button type="submit" class="button">
              {t.case.saveDraft}
            </button>
            <button type="submit" class="button button-deliver" formaction={paths.caseAction(request.id, 'deliver')}>
              {t.case.deliver}
            </button>
          </p>
        </form>
      )}
      <h3>{request.state === 'delivered' ? t.case.deliveredReview : t.case.preview}</h3>
      {saved ? <Rendered markdown={saved} /> : <p>{t.case.noDraft}</p>}
    </section>
  );
}

export function FollowUpSection({ request, t, paths, csrfToken, isOwner, draft }: WritingProps) {
  if (!request.follow_up_question) return null;
  return (
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t.case.followUp}</h2>
      <blockquote class="pre-wrap">{request.follow_up_question}</blockquote>
      {request.follow_up_answer !== null ? (
        <>
          {request.follow_up_answered_at !== null && <p>{t.case.followUpAnswered(utcText(request.follow_up_answered_at, t))}</p>}
          <Rendered markdown={request.follow_up_answer} />
        </>
      ) : isOwner ? (
        <form method="post" action={paths.caseAction(request.id, 'follow-up')} class="service-form">
          <CsrfField token={csrfToken} />
          <div class="field">
            <label for="follow-up-answer">{t.case.followUpAnswer}</label>
            <textarea id="follow-up-answer" name="answer" rows={6} required>
              {draft ?? ''}
            </textarea>
          </div>
          <p>
            <button type="submit" class="button">
              {t.case.followUpSubmit}
            </button>
          </p>
        </form>
      ) : (
        <p>{t.case.followUpWaiting}</p>
      )}
    </section>
  );
}
