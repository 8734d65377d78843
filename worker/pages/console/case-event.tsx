/**
 * The event parts of a case: the intake and readiness results, the runbook editor (owner only) and the pages
 * raised on the case with their acknowledge forms.
 */
import type { ReadinessReport } from '../../../checks/index.ts';
import type { EventIntake } from '../../schemas/events.ts';
import type { Language, RequestRow } from '../../schemas/requests.ts';
import type { PageRow } from '../../services/paging.ts';
import { EventFacts, ReadinessResults } from '../event-status.tsx';
import { consoleEventStrings } from '../strings/console-events.ts';
import { eventStrings } from '../strings/events.ts';
import { formatDeadline } from '../../services/notifications.ts';
import { consolePaths } from './paths.ts';

export interface CaseEvent {
  intake: EventIntake | null;
  readiness: ReadinessReport | null;
  /** The runbook as it stands (the engineer's, or generated); null when the case has no event. */
  runbook: string | null;
  pages: PageRow[];
}

export function CaseEventSections({
  language,
  request,
  event,
  isOwner,
  csrfToken,
  runbookDraft,
}: {
  language: Language;
  request: RequestRow;
  event: CaseEvent;
  isOwner: boolean;
  csrfToken: string;
  runbookDraft?: string | undefined;
}) {
  const utc = (ms: number) => formatDeadline(ms, language);
  const t = consoleEventStrings[language];
  const paths = consolePaths(language);
  const canAnswer = isOwner || request.owner_email === null;
  return (
    <>
      {event.intake && (
        <section aria-labelledby="event-heading">
          <h2 id="event-heading">{t.eventSection}</h2>
          <EventFacts language={language} request={request} intake={event.intake} />
          {event.readiness && (
            <details>
              <summary>{eventStrings[language].summary(event.readiness.summary.pass, event.readiness.summary.warn, event.readiness.summary.fail)}</summary>
              <ReadinessResults language={language} readiness={event.readiness} headingLevel={3} />
            </details>
          )}
          <p class="hint">{t.postEventHint}</p>
        </section>
      )}

      {event.runbook !== null && (
        <section aria-labelledby="runbook-heading">
          <h2 id="runbook-heading">{t.runbookSection}</h2>
          <p>{request.runbook_shared_at !== null ? t.runbookShared(utc(request.runbook_shared_at)) : t.runbookNotShared}</p>
          {isOwner ? (
            <form method="post" action={`${paths.case(request.id)}/runbook`} class="service-form">
              <input type="hidden" name="csrf" value={csrfToken} />
              <div class="field">
                <label for="field-runbook">{t.runbookField}</label>
                <p class="hint" id="runbook-hint">
                  {t.runbookHint}
                </p>
                <textarea id="field-runbook" name="runbook" rows={24} class="code-input" aria-describedby="runbook-hint">
                  {runbookDraft ?? event.runbook}
                </textarea>
              </div>
              <div class="button-row">
                <button type="submit" name="share" value="0" class="button-secondary">
                  {t.runbookSave}
                </button>
                <button type="submit" name="share" value="1" class="button">
                  {t.runbookShare}
                </button>
              </div>
            </form>
          ) : (
            <pre class="pre-wrap">{event.runbook}</pre>
          )}
        </section>
      )}

      {(event.intake || event.pages.length > 0) && (
        <section aria-labelledby="pages-heading">
          <h2 id="pages-heading">{t.pagesSection}</h2>
          {event.pages.length === 0 && <p>{t.noPages}</p>}
          <ul class="plain-list">
            {event.pages.map((page) => (
              <li class="page-entry">
                <p>
                  <strong>{t.reasons[page.reason]}</strong> · {utc(page.raised_at)} · {t.respondBy(utc(page.respond_by))}
                </p>
                <blockquote class="pre-wrap">{page.summary}</blockquote>
                {page.acknowledged_at !== null ? (
                  <>
                    <p class="meta">{t.answeredBy(page.acknowledged_by ?? '', utc(page.acknowledged_at))}</p>
                    <p class="pre-wrap">{page.response}</p>
                  </>
                ) : (
                  canAnswer && (
                    <form method="post" action={`${paths.queue}/pages/${page.id}/acknowledge`} class="service-form">
                      <input type="hidden" name="csrf" value={csrfToken} />
                      <div class="field">
                        <label for={`field-ack-${page.id}`}>{t.acknowledgeField}</label>
                        <textarea id={`field-ack-${page.id}`} name="response" rows={3} maxlength={5000} required></textarea>
                      </div>
                      <button type="submit" class="button">
                        {t.acknowledgeSubmit}
                      </button>
                    </form>
                  )
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
