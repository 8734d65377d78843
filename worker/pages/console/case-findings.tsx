/** The linked report's findings on the case page: each with its source excerpt, the saved verdict and, for the owner, the note form. */
import { findingText, type Finding, severityOrder } from '../../../checks/index.ts';
import type { FindingNoteRow, Language } from '../../schemas/requests.ts';
import { findingKey } from '../../services/review-document.ts';
import { SourceExcerpt } from '../excerpt.tsx';
import type { ConsoleStrings } from '../strings/console.ts';
import { utcText } from './countdown.tsx';
import { findingAnchor } from './paths.ts';

/** The automated report behind a request, as far as it still exists. */
export type LinkedReport = { status: 'none' } | { status: 'deleted' } | { status: 'kept'; id: string; findings: Finding[]; sources: Map<string, string>; filesDeleted: boolean };

/** What the owner typed into a note form that was refused, to show it again. */
export interface NoteDraft {
  findingKey: string;
  verdict?: string | undefined;
  severity?: string | undefined;
  note?: string | undefined;
}

export interface FindingsSectionProps {
  report: LinkedReport;
  notes: FindingNoteRow[];
  t: ConsoleStrings;
  /** The console's language, which findings are shown in. */
  language: Language;
  reportHref: string | null;
  /** Where note forms post; null when the reader may not write notes. */
  noteAction: string | null;
  csrfToken: string;
  draft?: NoteDraft | undefined;
}

const verdicts = ['agree', 'dismiss', 'severity', 'comment'] as const;

export function FindingsSection(props: FindingsSectionProps) {
  const { t, report } = props;
  if (report.status !== 'kept') {
    return (
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">{t.case.findings(0)}</h2>
        <p>{report.status === 'none' ? t.case.noReport : t.case.reportDeleted}</p>
      </section>
    );
  }
  const active = report.findings.filter((finding) => !finding.suppressed).sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity));
  const notes = new Map(props.notes.map((note) => [note.finding_key, note]));
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t.case.findings(active.length)}</h2>
      {props.reportHref && (
        <p>
          <a href={props.reportHref}>{t.case.openReport}</a>
        </p>
      )}
      {report.filesDeleted && <p class="notice">{t.case.filesDeleted}</p>}
      {active.length === 0 && <p>{t.case.noFindings}</p>}
      {active.map((finding, index) => {
        const key = findingKey(finding);
        const source = report.sources.get(finding.file);
        const text = findingText(finding, props.language);
        return (
          <article class="finding" id={findingAnchor(key)} aria-labelledby={`finding-title-${index}`}>
            <h3 id={`finding-title-${index}`}>
              <span class={`badge severity-${finding.severity}`}>{t.severities[finding.severity]}</span> <span class="finding-title">{text.title}</span>
            </h3>
            <p class="finding-message">{text.message}</p>
            <p class="finding-where">
              {t.case.where(`${finding.file}:${finding.line}:${finding.column}`, finding.resource.address)} · <code>{finding.ruleId}</code>
            </p>
            {source !== undefined && <SourceExcerpt text={source} finding={finding} />}
            <SavedNote note={notes.get(key)} t={t} />
            {props.noteAction && (
              <NoteForm
                action={props.noteAction}
                csrfToken={props.csrfToken}
                findingKey={key}
                prefix={`note-${index}`}
                titleId={`finding-title-${index}`}
                saved={notes.get(key)}
                draft={props.draft?.findingKey === key ? props.draft : undefined}
                t={t}
              />
            )}
          </article>
        );
      })}
    </section>
  );
}

function SavedNote({ note, t }: { note: FindingNoteRow | undefined; t: ConsoleStrings }) {
  if (!note) return null;
  return (
    <div class="saved-note">
      <p>
        <strong>{t.case.savedNote}:</strong> {t.case.verdictNames[note.verdict]}
        {note.verdict === 'severity' && note.severity && <> ({t.case.severityChanged(t.severities[note.severity])})</>}{' '}
        <span class="meta">({t.case.savedNoteBy(note.author, utcText(note.updated_at, t))})</span>
      </p>
      {note.note && <p class="pre-wrap">{note.note}</p>}
    </div>
  );
}

interface NoteFormProps {
  action: string;
  csrfToken: string;
  findingKey: string;
  /** Makes the field ids unique on a page with many findings. */
  prefix: string;
  /** The finding's heading, which tells the save buttons apart. */
  titleId: string;
  saved: FindingNoteRow | undefined;
  draft: NoteDraft | undefined;
  t: ConsoleStrings;
}

function NoteForm(props: NoteFormProps) {
  const { t, prefix } = props;
  const verdict = props.draft?.verdict ?? props.saved?.verdict;
  const severity = props.draft?.severity ?? props.saved?.severity ?? '';
  const note = props.draft?.note ?? props.saved?.note ?? '';
  return (
    // Collapsed: a report can hold dozens of findings, and an open form under each buries the review.
    // It opens by itself when a refused save brings back what was typed.
    <details class="note-details" open={props.draft !== undefined}>
      <summary>{props.saved ? t.case.changeVerdict : t.case.recordVerdict}</summary>
      <form method="post" action={props.action} class="service-form note-form">
        <input type="hidden" name="csrf" value={props.csrfToken} />
        <input type="hidden" name="findingKey" value={props.findingKey} />
        <fieldset>
          <legend>{t.case.verdictLegend}</legend>
          {verdicts.map((choice) => (
            <label class="inline-choice">
              <input type="radio" name="verdict" value={choice} required checked={verdict === choice} /> {t.case.verdicts[choice]}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for={`${prefix}-severity`}>{t.case.severity}</label>
          <p class="hint" id={`${prefix}-severity-hint`}>
            {t.case.severityHint}
          </p>
          <select id={`${prefix}-severity`} name="severity" aria-describedby={`${prefix}-severity-hint`}>
            <option value="">{t.case.severityUnset}</option>
            {severityOrder.map((level) => (
              <option value={level} selected={severity === level}>
                {t.severities[level]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${prefix}-note`}>{t.case.note}</label>
          <p class="hint" id={`${prefix}-note-hint`}>
            {t.case.noteHint}
          </p>
          <textarea id={`${prefix}-note`} name="note" rows={3} aria-describedby={`${prefix}-note-hint`}>
            {note}
          </textarea>
        </div>
        <p>
          <button type="submit" class="button" aria-describedby={props.titleId}>
            {t.case.saveNote}
          </button>
        </p>
      </form>
    </details>
  );
}
