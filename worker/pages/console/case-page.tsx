/**
 * One case, as a reviewer works on it. Everyone signed in reads everything (request, report with source,
 * audit log, e-mails); only the owner gets forms. An unclaimed, paid case offers "claim".
 */
import type { DoneNotice } from '../../schemas/console.ts';
import type { AuditRow, EmailRow, FindingNoteRow, Language, RequestRow } from '../../schemas/requests.ts';
import { tierName } from '../../services/requests.ts';
import { consoleStrings, type ConsoleStrings } from '../strings/console.ts';
import { FindingsSection, type LinkedReport, type NoteDraft } from './case-findings.tsx';
import { AuditSection, EmailsSection } from './case-history.tsx';
import { FirstResponseSection, FollowUpSection, ReviewSection } from './case-writing.tsx';
import { FirstResponseDue } from './facts.tsx';
import { ConsoleFrame } from './frame.tsx';
import { Moment } from './countdown.tsx';
import { consolePaths, type ConsolePaths } from './paths.ts';
import type { PageRow } from '../../services/paging.ts';
import { CaseEventSections, type CaseEvent } from './case-event.tsx';
import { PageAlerts } from './page-alerts.tsx';
import { OnDemandCaseSection, type OnDemandCaseInfo } from './on-demand-case.tsx';

export interface CaseView {
  request: RequestRow;
  /** Event readiness and pages; empty for cases without either. */
  event: CaseEvent;
  /** Unacknowledged pages for the signed-in reviewer, on any case. */
  alerts: PageRow[];
  /** The subscription, named engineer and time of an on-demand case; null for other tiers. */
  onDemand: OnDemandCaseInfo | null;
  report: LinkedReport;
  notes: FindingNoteRow[];
  audit: AuditRow[];
  emails: EmailRow[];
}

/** What a refused form held, so the page shows it again. */
export interface CaseDrafts {
  firstResponse?: string | undefined;
  review?: string | undefined;
  answer?: string | undefined;
  handoverTo?: string | undefined;
  handoverReason?: string | undefined;
  /** An on-demand case claimed in place of the named engineer. */
  handoverNote?: string | undefined;
  note?: NoteDraft | undefined;
  runbook?: string | undefined;
}

export interface CasePageProps {
  language: Language;
  reviewer: string;
  csrfToken: string;
  alternate: string;
  now: number;
  /** Every listed reviewer: the handover choices. */
  reviewers: string[];
  view: CaseView;
  notice?: DoneNotice | undefined;
  /** Why the last action was refused, in the console's language. */
  failure?: string | undefined;
  drafts?: CaseDrafts | undefined;
}

export function CasePage(props: CasePageProps) {
  const t = consoleStrings[props.language];
  const paths = consolePaths(props.language);
  const { request } = props.view;
  const isOwner = request.owner_email === props.reviewer;
  const title = t.queue.caseTitle(tierName(request.tier, props.language), request.email);
  const inProgress = request.state === 'claimed' || request.state === 'responded';
  const writing = { request, t, paths, csrfToken: props.csrfToken, isOwner };
  const report = props.view.report;
  return (
    <ConsoleFrame language={props.language} title={title} section="case" reviewer={props.reviewer} csrfToken={props.csrfToken} alternate={props.alternate}>
      <PageAlerts language={props.language} pages={props.view.alerts} />
      <p>
        <a href={paths.queue}>{t.case.back}</a>
      </p>
      <h1>{title}</h1>
      {props.failure && (
        <div class="error-summary" role="alert">
          <h2>{t.case.errorTitle}</h2>
          <p>{props.failure}</p>
        </div>
      )}
      {props.notice && (
        <p class="notice notice-done" role="status">
          {t.case.done[props.notice]}
        </p>
      )}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t.case.status}</h2>
        <dl class="details">
          <dt>{t.facts.state}</dt>
          <dd>{t.states[request.state]}</dd>
          <dt>{t.facts.due}</dt>
          <dd>
            <FirstResponseDue request={request} now={props.now} t={t} />
          </dd>
          <Stamp label={t.facts.paid} at={request.paid_at} t={t} />
          <Stamp label={t.facts.claimed} at={request.claimed_at} t={t} />
          <Stamp label={t.facts.responded} at={request.first_response_at} t={t} />
          <Stamp label={t.facts.delivered} at={request.delivered_at} t={t} />
        </dl>
      </section>

      <Ownership {...props} t={t} paths={paths} isOwner={isOwner} />

      <section aria-labelledby="request-heading">
        <h2 id="request-heading">{t.case.request}</h2>
        <dl class="details">
          <dt>{t.facts.tier}</dt>
          <dd>{tierName(request.tier, props.language)}</dd>
          <dt>{t.facts.email}</dt>
          <dd>{request.email}</dd>
          <dt>{t.facts.reviewLanguage}</dt>
          <dd>{t.languages[request.review_language]}</dd>
          <dt>{t.facts.urgency}</dt>
          <dd>{t.urgencies[request.urgency]}</dd>
        </dl>
        <h3>{t.facts.concerns}</h3>
        <p class="pre-wrap concerns">{request.concerns}</p>
      </section>

      {props.view.onDemand && (
        <OnDemandCaseSection
          language={props.language}
          request={request}
          info={props.view.onDemand}
          reviewer={props.reviewer}
          csrfToken={props.csrfToken}
          now={props.now}
          handoverDraft={props.drafts?.handoverNote}
        />
      )}
      <CaseEventSections language={props.language} request={request} event={props.view.event} isOwner={isOwner} csrfToken={props.csrfToken} runbookDraft={props.drafts?.runbook} />
      <FirstResponseSection {...writing} draft={props.drafts?.firstResponse} />
      <FindingsSection
        report={report}
        notes={props.view.notes}
        t={t}
        language={props.language}
        reportHref={report.status === 'kept' ? `${props.language === 'zh-cn' ? '/zh-cn' : ''}/reviews/${report.id}` : null}
        noteAction={isOwner && inProgress ? paths.caseAction(request.id, 'notes') : null}
        csrfToken={props.csrfToken}
        draft={props.drafts?.note}
      />
      <ReviewSection {...writing} draft={props.drafts?.review} />
      <FollowUpSection {...writing} draft={props.drafts?.answer} />
      <AuditSection audit={props.view.audit} t={t} />
      <EmailsSection emails={props.view.emails} t={t} paths={paths} />
    </ConsoleFrame>
  );
}

function Stamp({ label, at, t }: { label: string; at: number | null; t: ConsoleStrings }) {
  if (at === null) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <Moment at={at} t={t} />
      </dd>
    </>
  );
}

function Ownership(props: CasePageProps & { t: ConsoleStrings; paths: ConsolePaths; isOwner: boolean }) {
  const { t, paths } = props;
  const { request } = props.view;
  const others = props.reviewers.filter((email) => email !== props.reviewer);
  return (
    <section aria-labelledby="ownership-heading">
      <h2 id="ownership-heading">{t.case.ownership}</h2>
      {props.isOwner ? (
        <p>{t.case.ownedByYou}</p>
      ) : request.owner_email ? (
        <>
          <p class="owner">{t.case.ownedBy(request.owner_email)}</p>
          <p>{t.case.readOnly}</p>
        </>
      ) : request.state === 'paid' ? (
        <form method="post" action={paths.caseAction(request.id, 'claim')} class="claim-form">
          <input type="hidden" name="csrf" value={props.csrfToken} />
          <p>{t.case.unclaimed}</p>
          <p class="hint" id="claim-hint">
            {t.case.claimHint}
          </p>
          <button type="submit" class="button" aria-describedby="claim-hint">
            {t.case.claim}
          </button>
        </form>
      ) : (
        <p>{t.case.notClaimable}</p>
      )}
      {props.isOwner && (
        <>
          <h3 id="handover-heading">{t.case.handover}</h3>
          {others.length === 0 ? (
            <p>{t.case.noOtherReviewer}</p>
          ) : (
            <form method="post" action={paths.caseAction(request.id, 'handover')} class="service-form" aria-labelledby="handover-heading">
              <input type="hidden" name="csrf" value={props.csrfToken} />
              <div class="field">
                <label for="handover-to">{t.case.handoverTo}</label>
                <select id="handover-to" name="to" required>
                  {others.map((email) => (
                    <option value={email} selected={props.drafts?.handoverTo === email}>
                      {email}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="handover-reason">{t.case.handoverReason}</label>
                <p class="hint" id="handover-reason-hint">
                  {t.case.handoverReasonHint}
                </p>
                <textarea id="handover-reason" name="reason" rows={3} required aria-describedby="handover-reason-hint">
                  {props.drafts?.handoverReason ?? ''}
                </textarea>
              </div>
              <p>
                <button type="submit" class="button">
                  {t.case.handoverSubmit}
                </button>
              </p>
            </form>
          )}
        </>
      )}
    </section>
  );
}
