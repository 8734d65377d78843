/**
 * Deleting a report, as a person meets it: the delete token shown once after upload, the delete section of the
 * report, the confirmation (a CSRF-protected form that works without JavaScript) and the page a deleted report's
 * link shows. The report page is cached and shared, so what only this browser knows (its token) is filled in
 * by `/js/report.js`.
 */
import { ErrorSummary } from './error-summary.tsx';
import { Shell } from './shell.tsx';
import { reportDeleteStrings } from './strings/report-delete.ts';

type Language = 'en' | 'zh-cn';

const prefixOf = (language: Language) => (language === 'zh-cn' ? '/zh-cn' : '');
const otherPrefix = (language: Language) => (language === 'zh-cn' ? '' : '/zh-cn');
export const reportPath = (language: Language, id: string) => `${prefixOf(language)}/reviews/${id}`;
export const deletePath = (language: Language, id: string) => `${reportPath(language, id)}/delete`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Shown once, right after the upload, by the report script; hidden for everyone else. */
export function TokenNotice({ language, filesExpireAt, retentionDays }: { language: Language; filesExpireAt: number; retentionDays: number }) {
  const t = reportDeleteStrings[language];
  return (
    <section class="token-notice" data-token-notice aria-labelledby="token-heading" tabindex={-1} hidden>
      <h2 id="token-heading">{t.tokenHeading}</h2>
      <p class="token-field">
        <label for="delete-token-value">{t.tokenLabel}</label>
        <input id="delete-token-value" type="text" readonly spellcheck={false} autocomplete="off" data-token-value />
        <button type="button" class="button-secondary" data-token-copy data-copied={t.tokenCopied} data-copy-failed={t.tokenCopyFailed}>
          {t.tokenCopy}
        </button>
        <span role="status" data-token-copy-status></span>
      </p>
      <p>{t.tokenWhat}</p>
      <p data-token-kept>{t.tokenKept}</p>
      <p data-token-not-kept hidden>
        {t.tokenNotKept}
      </p>
      <p>{t.tokenWithout(day(filesExpireAt), retentionDays)}</p>
    </section>
  );
}

/** The report's own delete section: a way to the confirmation, in this browser or any other. */
export function DeleteSection({ language, id }: { language: Language; id: string }) {
  const t = reportDeleteStrings[language];
  return (
    <section class="danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t.sectionHeading}</h2>
      <p>{t.sectionBody}</p>
      <p data-delete-kept hidden>
        {t.sectionKept}
      </p>
      <p>
        <a class="button-danger" href={deletePath(language, id)}>
          {t.sectionStart}
        </a>
      </p>
    </section>
  );
}

export interface DeleteConfirmProps {
  language: Language;
  id: string;
  csrfToken: string;
  createdAt: number;
  findings: number;
  files: string[];
  /** Why the last attempt was refused, if it was. */
  error?: 'missing' | 'wrong' | undefined;
}

export function DeleteConfirmPage(props: DeleteConfirmProps) {
  const t = reportDeleteStrings[props.language];
  const shownFiles = props.files.length <= 3 ? props.files.join(', ') : `${props.files.slice(0, 3).join(', ')} …`;
  const error = props.error === 'missing' ? t.errorMissing : props.error === 'wrong' ? t.errorWrong : undefined;
  return (
    <Shell language={props.language} title={t.confirmTitle} alternate={deletePath(props.language === 'zh-cn' ? 'en' : 'zh-cn', props.id)} styles={['/styles/report.css']} scripts={['/js/report.js']}>
      <div data-review-id={props.id} data-delete-confirm>
        <h1>{t.confirmTitle}</h1>
        <p>{t.confirmWhich(day(props.createdAt), props.findings, shownFiles)}</p>
        <p>{t.confirmBody}</p>
        {error !== undefined && <ErrorSummary heading={t.errorHeading} errors={{ token: error }} />}
        <form method="post" action={deletePath(props.language, props.id)} class="service-form">
          <input type="hidden" name="csrf" value={props.csrfToken} />
          <div class="field">
            <label for="field-token">{t.tokenLabel}</label>
            <p class="hint" id="token-hint">
              {t.confirmTokenHint}
            </p>
            <p class="hint" data-delete-kept hidden>
              {t.confirmKept}
            </p>
            <input
              id="field-token"
              name="token"
              type="text"
              required
              autocomplete="off"
              spellcheck={false}
              aria-describedby="token-hint"
              {...(error !== undefined ? { 'aria-invalid': 'true' } : {})}
              data-delete-token
            />
          </div>
          <p class="confirm-actions">
            <button type="submit" class="button button-danger">
              {t.confirmSubmit}
            </button>
            <a href={reportPath(props.language, props.id)}>{t.confirmCancel}</a>
          </p>
        </form>
      </div>
    </Shell>
  );
}

/** What a deleted report's link shows (with 410 Gone). */
export function ReportDeletedPage({ language, id, deletedAt }: { language: Language; id: string; deletedAt: number }) {
  const t = reportDeleteStrings[language];
  return (
    <Shell language={language} title={t.deletedTitle} alternate={`${otherPrefix(language)}/reviews/${id}`} styles={['/styles/report.css']} scripts={['/js/report.js']}>
      <div data-review-id={id} data-report-deleted>
        <h1>{t.deletedTitle}</h1>
        <p>{t.deletedBody(day(deletedAt))}</p>
        <p class="confirm-actions">
          <a class="button" href={`${prefixOf(language)}/review/`}>
            {t.deletedAgain}
          </a>
          <a href={`${prefixOf(language)}/`}>{t.home}</a>
        </p>
      </div>
    </Shell>
  );
}
