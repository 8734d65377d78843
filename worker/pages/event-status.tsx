/**
 * The event parts of a customer's status page and of the console's case page: the event itself, the readiness
 * results with their arithmetic, the runbook once shared, the standby window with the live-issue form, and
 * the pages raised so far with the engineers' answers.
 */
import type { ReadinessReport } from '../../checks/index.ts';
import type { EventIntake } from '../schemas/events.ts';
import type { Language, RequestRow } from '../schemas/requests.ts';
import { standbyMarginMinutes, standbyState } from '../services/events.ts';
import type { PageRow } from '../services/paging.ts';
import { eventStrings } from './strings/events.ts';

/** A time as the event's people read it: in the event's own time zone, with the zone named. */
export function eventTime(ms: number, timeZone: string, language: Language): string {
  const text = new Intl.DateTimeFormat(language === 'zh-cn' ? 'zh-CN' : 'en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
  return `${text} (${timeZone})`;
}

/** Readiness texts mark names with backticks, as Markdown does: shown as code, everything else as text. */
export function InlineCode({ text }: { text: string }) {
  return <>{text.split('`').map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part))}</>;
}

const number = (value: number, language: Language) => value.toLocaleString(language === 'zh-cn' ? 'zh-CN' : 'en');

export function EventFacts({ language, request, intake }: { language: Language; request: RequestRow; intake: EventIntake }) {
  const t = eventStrings[language];
  return (
    <dl class="details">
      <dt>{t.fields.eventType.label}</dt>
      <dd>{t.eventTypes[intake.eventType]}</dd>
      <dt>{t.when}</dt>
      <dd>{request.event_starts_at !== null ? eventTime(request.event_starts_at, intake.timeZone, language) : ''}</dd>
      <dt>{t.durationLabel}</dt>
      <dd>{t.duration(intake.durationMinutes)}</dd>
      <dt>{t.peak}</dt>
      <dd>
        {number(intake.peakRps, language)} rps
        {intake.peakWritesPerSecond !== undefined && ` · ${number(intake.peakWritesPerSecond, language)} writes/s`}
        {intake.concurrentUsers !== undefined && ` · ${number(intake.concurrentUsers, language)} users`}
      </dd>
      <dt>{t.regions}</dt>
      <dd>{intake.regions.length > 0 ? intake.regions.join(', ') : t.none}</dd>
    </dl>
  );
}

export function ReadinessResults({ language, readiness, headingLevel = 2 }: { language: Language; readiness: ReadinessReport; headingLevel?: 2 | 3 }) {
  const t = eventStrings[language];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ItemHeading = headingLevel === 2 ? 'h3' : 'h4';
  // Failures first, then warnings: what needs doing before what is fine.
  const order = { fail: 0, warn: 1, pass: 2 } as const;
  const items = [...readiness.items].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <section aria-labelledby="readiness-heading" class="readiness">
      <Heading id="readiness-heading">{t.readinessTitle}</Heading>
      <p>{t.readinessIntro}</p>
      <p class="meta">
        <strong>{t.summary(readiness.summary.pass, readiness.summary.warn, readiness.summary.fail)}</strong>
      </p>
      {items.map((item) => (
        <div class="readiness-item" data-status={item.status} data-check={item.check}>
          <ItemHeading>
            <span class="status-pill" data-status={item.status}>
              {t.status[item.status]}
            </span>
            <InlineCode text={item.title[language]} />
          </ItemHeading>
          {item.location && (
            <p class="meta">
              <code>{item.location.address}</code> · {item.location.file}:{item.location.line}
            </p>
          )}
          <ul class="readiness-arithmetic">
            {item.arithmetic.map((line) => (
              <li>
                <InlineCode text={line[language]} />
              </li>
            ))}
          </ul>
          {item.advice && (
            <p>
              <InlineCode text={item.advice[language]} />
            </p>
          )}
        </div>
      ))}
      {readiness.quotas.length > 0 && (
        <>
          <ItemHeading>{t.quotasTitle}</ItemHeading>
          <div class="table-scroll">
            <table class="quota-table">
              <thead>
                <tr>
                  <th scope="col">{t.quotaColumns.service}</th>
                  <th scope="col">{t.quotaColumns.quota}</th>
                  <th scope="col">{t.quotaColumns.defaultValue}</th>
                  <th scope="col">{t.quotaColumns.askFor}</th>
                  <th scope="col">{t.quotaColumns.reason}</th>
                </tr>
              </thead>
              <tbody>
                {readiness.quotas.map((quota) => (
                  <tr>
                    <td>{quota.service}</td>
                    <td>
                      {quota.quota}
                      {quota.code && <span class="meta"> ({quota.code})</span>}
                    </td>
                    <td>{quota.defaultValue !== undefined ? number(quota.defaultValue, language) : '–'}</td>
                    <td>{number(quota.askFor, language)}</td>
                    <td>
                      <InlineCode text={quota.reason[language]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {readiness.assumptions.length > 0 && (
        <>
          <ItemHeading>{t.assumptions}</ItemHeading>
          <ul>
            {readiness.assumptions.map((assumption) => (
              <li>
                <InlineCode text={assumption[language]} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export interface EventStatusProps {
  language: Language;
  request: RequestRow;
  intake: EventIntake;
  readiness: ReadinessReport | null;
  pages: PageRow[];
  now: number;
  csrfToken: string;
  accessKey: string;
  /** Set after the customer raised a live issue. */
  raised: boolean;
}

/** The event sections of the customer's status page. */
export function EventStatus(props: EventStatusProps) {
  const { language, request, intake } = props;
  const t = eventStrings[language];
  const prefix = language === 'zh-cn' ? '/zh-cn' : '';
  const base = `${prefix}/requests/${request.id}`;
  const keyQuery = `?key=${encodeURIComponent(props.accessKey)}`;
  const window = standbyState(request, props.now);
  return (
    <>
      <section aria-labelledby="event-heading">
        <h2 id="event-heading">{t.eventTitle}</h2>
        <EventFacts language={language} request={request} intake={intake} />
      </section>

      {props.readiness && <ReadinessResults language={language} readiness={props.readiness} />}

      {request.paid_at !== null && (
        <section aria-labelledby="runbook-heading">
          <h2 id="runbook-heading">{t.runbookTitle}</h2>
          {request.runbook_shared_at !== null ? (
            <p>
              <a class="button" href={`${base}/runbook${keyQuery}`}>
                {t.runbookOpen}
              </a>
            </p>
          ) : (
            <p>{t.runbookNotShared}</p>
          )}
        </section>
      )}

      {window !== 'not-event' && (
        <section aria-labelledby="standby-heading" class="no-print">
          <h2 id="standby-heading">{t.standbyTitle}</h2>
          {props.raised && (
            <p class="notice" role="status">
              {t.liveIssueRaised}
            </p>
          )}
          <p>
            {window === 'before' && request.event_starts_at !== null
              ? t.standby.before(eventTime(request.event_starts_at - standbyMarginMinutes * 60_000, intake.timeZone, language))
              : window === 'open'
                ? t.standby.open
                : window === 'after'
                  ? t.standby.after
                  : t.standby.unpaid}
          </p>
          {window === 'open' && (
            <form method="post" action={`${base}/live-issue`} class="service-form">
              <input type="hidden" name="csrf" value={props.csrfToken} />
              <input type="hidden" name="key" value={props.accessKey} />
              <div class="field">
                <label for="field-live-issue">{t.liveIssueField}</label>
                <p class="hint" id="live-issue-hint">
                  {t.liveIssueHint}
                </p>
                <textarea id="field-live-issue" name="summary" rows={4} maxlength={3000} required aria-describedby="live-issue-hint"></textarea>
              </div>
              <button type="submit" class="button">
                {t.liveIssueSubmit}
              </button>
            </form>
          )}
          {props.pages.length > 0 && (
            <>
              <h3>{t.pagesTitle}</h3>
              <ul class="plain-list">
                {props.pages.map((page) => (
                  <li class="page-entry">
                    <blockquote class="pre-wrap">{page.summary}</blockquote>
                    {page.acknowledged_at !== null && page.acknowledged_by ? (
                      <>
                        <p class="meta">{t.pageAnswered(page.acknowledged_by)}</p>
                        <p class="pre-wrap">{page.response}</p>
                      </>
                    ) : (
                      <p class="meta" role="status">
                        {t.pageWaiting(eventTime(page.respond_by, intake.timeZone, language))}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
