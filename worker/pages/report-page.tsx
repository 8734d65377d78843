/** The shareable HTML report: scores, findings by pillar and severity with source, reasons, fixes and guides. */
import type { Report } from '../../checks/index.ts';
import { tiers } from '../pricing.ts';
import { DeleteSection, TokenNotice } from './report-delete.tsx';
import { ArchitectureSection } from './architecture-section.tsx';
import { FindingsSection } from './report-findings.tsx';
import { formatPrice } from './request-form.tsx';
import { ScoreChart } from './score-chart.tsx';
import { Shell } from './shell.tsx';
import { reportStrings } from './strings/report.ts';
import { requestStrings } from './strings/requests.ts';

export interface ReportPageProps {
  id: string;
  language: 'en' | 'zh-cn';
  createdAt: number;
  filesExpireAt: number;
  /** How long uploaded files are kept, for the delete token's explanation. */
  retentionDays: number;
  filesDeleted: boolean;
  files: { path: string; size: number }[];
  report: Report;
  /** Source text by path, while the files are kept. */
  sources: Map<string, string>;
}

export interface ReportBodyProps {
  report: Report;
  language: 'en' | 'zh-cn';
  /** Source text by path, for the excerpts. */
  sources: Map<string, string>;
  /** Shown between the scores and the findings (the report page puts its downloads there). */
  children?: unknown;
}

/**
 * Scores, findings and skipped files: the part of a report that is the same wherever it was checked. The
 * report page renders it on the server; the upload page's private check renders it in the browser.
 */
export function ReportBody(props: ReportBodyProps) {
  const t = reportStrings[props.language];
  const active = props.report.findings.filter((finding) => !finding.suppressed);
  const skipped = props.report.diagnostics.filter((diagnostic) => diagnostic.level !== 'error');
  return (
    <>
      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t.scores}</h2>
        <ScoreChart scores={props.report.scores} t={t} />
      </section>

      {props.children}

      <FindingsSection findings={active} sources={props.sources} language={props.language} t={t} />

      {skipped.length > 0 && (
        <section aria-labelledby="skipped-heading">
          <h2 id="skipped-heading">{t.diagnostics}</h2>
          <ul>
            {skipped.map((diagnostic) => (
              <li>
                <code>{diagnostic.file}</code>: {diagnostic.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function ReportPage(props: ReportPageProps) {
  const t = reportStrings[props.language];
  const prefix = props.language === 'zh-cn' ? '/zh-cn' : '';
  const otherPrefix = props.language === 'zh-cn' ? '' : '/zh-cn';
  const active = props.report.findings.filter((finding) => !finding.suppressed);
  const suppressed = props.report.findings.length - active.length;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const api = `/api/reviews/${props.id}`;
  return (
    <Shell language={props.language} title={t.title} alternate={`${otherPrefix}/reviews/${props.id}`} styles={['/styles/report.css']} scripts={['/js/report.js']}>
      <div data-review-id={props.id}>
        <h1>{t.title}</h1>
        <p class="meta">
          {t.checkedOn(day(props.createdAt))} · {t.findings(active.length)}
          {suppressed > 0 && <> · {t.suppressed(suppressed)}</>}
        </p>
        <TokenNotice language={props.language} filesExpireAt={props.filesExpireAt} retentionDays={props.retentionDays} />
        <p class="notice">{props.filesDeleted ? t.filesGone(props.retentionDays) : t.retention(day(props.filesExpireAt), props.retentionDays)}</p>

        <ReportBody report={props.report} sources={props.sources} language={props.language}>
          <nav class="downloads" aria-label={t.download}>
            {t.download}:{' '}
            <a href={api} download={`plumbline-${props.id}.json`}>
              JSON
            </a>{' '}
            ·{' '}
            <a href={`${api}?format=sarif`} download={`plumbline-${props.id}.sarif`}>
              SARIF
            </a>{' '}
            ·{' '}
            <a href={`${api}?format=markdown`} download={`plumbline-${props.id}.md`}>
              Markdown
            </a>
          </nav>
          <ArchitectureSection report={props.report} language={props.language} />
        </ReportBody>

        <section class="cta" aria-labelledby="human-heading">
          <h2 id="human-heading">{t.humanTitle}</h2>
          <p>{t.humanBody}</p>
          <p>
            <a class="button" href={`${prefix}/request/?report=${props.id}`}>
              {t.humanCta}
            </a>
          </p>
          <ul class="cta-tiers">
            {tiers.map((tier) => (
              <li>
                <a href={tier.billing === 'per-second' ? `${prefix}/on-demand/` : `${prefix}/request/?report=${props.id}&tier=${tier.id}`}>{tier.text[props.language]!.name}</a>
                {' · '}
                {formatPrice(tier.priceCents, props.language)} {requestStrings[props.language].per[tier.billing]} · {tier.text[props.language]!.tagline}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t.files}</h2>
          <ul>
            {props.files.map((file) => (
              <li>
                <code>{file.path}</code> ({file.size.toLocaleString('en')} B)
              </li>
            ))}
          </ul>
        </section>

        <DeleteSection language={props.language} id={props.id} />
      </div>
    </Shell>
  );
}
