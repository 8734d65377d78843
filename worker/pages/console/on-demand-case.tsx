/** The on-demand part of a case page: the customer's subscription, the named engineer and handover note, and the timer. */
import type { AccountRow, TimeEntryRow } from '../../schemas/on-demand.ts';
import type { Language, RequestRow } from '../../schemas/requests.ts';
import { reservationFor } from '../../services/on-demand-claims.ts';
import { formatDeadline } from '../../services/notifications.ts';
import { consoleOnDemandStrings } from '../strings/console-on-demand.ts';
import { consolePaths } from './paths.ts';

/** What the case page needs to know about an on-demand case. */
export interface OnDemandCaseInfo {
  account: AccountRow;
  entries: TimeEntryRow[];
  /** The signed-in engineer's running timer, on any case. */
  myRunning: TimeEntryRow | null;
  /** The named engineer the case is reserved for is marked away. */
  namedAway: boolean;
}

export const onDemandPaths = (language: Language) => {
  const queue = consolePaths(language).queue;
  return { start: (id: string) => `${queue}/cases/${id}/timer/start`, stop: `${queue}/timer/stop`, away: `${queue}/away` };
};

export interface OnDemandCaseProps {
  language: Language;
  request: RequestRow;
  info: OnDemandCaseInfo;
  reviewer: string;
  csrfToken: string;
  now: number;
  handoverDraft?: string | undefined;
}

export function OnDemandCaseSection({ language, request, info, reviewer, csrfToken, now, handoverDraft }: OnDemandCaseProps) {
  const t = consoleOnDemandStrings[language];
  const paths = onDemandPaths(language);
  const number = new Intl.NumberFormat(language === 'zh-cn' ? 'zh-CN' : 'en');
  const isOwner = request.owner_email === reviewer;
  const working = request.state === 'claimed' || request.state === 'responded';
  const reservation = request.owner_email === null ? reservationFor(request, reviewer, info.namedAway, now) : null;
  const total = info.entries.reduce((sum, entry) => sum + (entry.seconds ?? 0), 0);
  const csrf = <input type="hidden" name="csrf" value={csrfToken} />;
  return (
    <section aria-labelledby="on-demand-heading" class="on-demand-case">
      <h2 id="on-demand-heading">
        {t.sectionTitle}
        {request.critical ? (
          <>
            {' '}
            <span class="badge critical">{t.critical}</span>
          </>
        ) : null}
        {info.account.named_engineer === reviewer && (
          <>
            {' '}
            <span class="badge mine">{t.yourCustomer}</span>
          </>
        )}
      </h2>
      <dl class="case-facts">
        <div>
          <dt>{t.accountState}</dt>
          <dd>{t.accountStates[info.account.state]}</dd>
        </div>
        <div class="address">
          <dt>{t.namedEngineer}</dt>
          <dd>{info.account.named_engineer ?? t.none}</dd>
        </div>
      </dl>
      {reservation === 'reserved' && request.reserved_for && request.reserved_until != null && <p>{t.reservedFor(request.reserved_for, formatDeadline(request.reserved_until, language))}</p>}
      {reservation === 'fallback' && request.reserved_for && (
        <form method="post" action={consolePaths(language).caseAction(request.id, 'claim')} class="service-form">
          <p>{t.reservationOver(request.reserved_for)}</p>
          {csrf}
          <div class="field">
            <label for="field-handover-note">{t.handoverNoteField}</label>
            <p class="hint" id="handover-note-hint">
              {t.handoverNoteHint}
            </p>
            <textarea id="field-handover-note" name="handoverNote" rows={3} maxlength={2000} required aria-describedby="handover-note-hint">
              {handoverDraft ?? ''}
            </textarea>
          </div>
          <button type="submit" class="button">
            {t.claimInstead}
          </button>
        </form>
      )}
      {request.handover_note && request.owner_email && (
        <>
          <h3>{t.handoverNoteHeading}</h3>
          <p>{t.handoverNoteFrom(request.owner_email)}</p>
          <blockquote class="pre-wrap handover-note">{request.handover_note}</blockquote>
        </>
      )}

      <h3 id="time">{t.timeHeading}</h3>
      <p class="hint">{t.timeIntro}</p>
      {isOwner && working && (
        <>
          {info.myRunning?.request_id === request.id ? (
            <form method="post" action={paths.stop}>
              <p role="status">{t.runningHere(formatDeadline(info.myRunning.started_at, language))}</p>
              {csrf}
              <input type="hidden" name="case" value={request.id} />
              <button type="submit" class="button">
                {t.stop}
              </button>
            </form>
          ) : info.myRunning ? (
            <p>
              {t.runningElsewhere} <a href={consolePaths(language).case(info.myRunning.request_id)}>{t.openRunning}</a>
            </p>
          ) : (
            info.account.state === 'active' && (
              <form method="post" action={paths.start(request.id)}>
                {csrf}
                <button type="submit" class="button">
                  {t.start}
                </button>
              </form>
            )
          )}
        </>
      )}
      <p data-case-total-seconds={total}>{t.totalSeconds(number.format(total))}</p>
      {info.entries.length > 0 && (
        <table class="time-entries">
          <thead>
            <tr>
              <th scope="col">{t.entryEngineer}</th>
              <th scope="col">{t.entryStarted}</th>
              <th scope="col">{t.entrySeconds}</th>
              <th scope="col">{t.entryReported}</th>
            </tr>
          </thead>
          <tbody>
            {info.entries.map((entry) => (
              <tr>
                <td>{entry.engineer}</td>
                <td>{formatDeadline(entry.started_at, language)}</td>
                <td>{entry.seconds === null ? t.running : number.format(entry.seconds)}</td>
                <td>{entry.seconds === null ? '' : entry.seconds === 0 ? t.nothingToBill : entry.reported_at !== null ? t.reported : t.notReported(entry.last_report_error ?? '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The away switch: while away, the engineer's customers' new cases go to everyone. */
export function PresenceToggle({ language, away, csrfToken }: { language: Language; away: boolean; csrfToken: string }) {
  const t = consoleOnDemandStrings[language];
  return (
    <form method="post" action={onDemandPaths(language).away} class="presence">
      <p role="status">{away ? t.awayNow : t.presentNow}</p>
      <input type="hidden" name="csrf" value={csrfToken} />
      <input type="hidden" name="away" value={away ? '0' : '1'} />
      <button type="submit" class="button button-secondary">
        {away ? t.back : t.away}
      </button>
    </form>
  );
}

/** The queue's marks on an on-demand case: critical, and "your customer" for the named engineer it is reserved for. */
export function OnDemandMarks({ language, request, reviewer }: { language: Language; request: RequestRow; reviewer: string }) {
  if (request.tier !== 'on-demand') return null;
  const t = consoleOnDemandStrings[language];
  return (
    <>
      {request.critical ? (
        <>
          {' '}
          <span class="badge critical">{t.critical}</span>
        </>
      ) : null}
      {request.reserved_for === reviewer && (
        <>
          {' '}
          <span class="badge mine your-customer">{t.yourCustomer}</span>
        </>
      )}
    </>
  );
}
