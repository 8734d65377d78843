/** The shareable HTML report: scores, findings by pillar and severity with source, reasons, fixes and guides. */
import { tiers } from '../pricing.ts';
import { DeleteSection, TokenNotice } from './report-delete.tsx';
import { formatPrice } from './request-form.tsx';
import { requestStrings } from './strings/requests.ts';
import { Pillar, type Finding, type Report, ruleCatalogue, severityOrder } from '../../checks/index.ts';
import { SourceExcerpt } from './excerpt.tsx';
import { ScoreChart } from './score-chart.tsx';
import { Shell } from './shell.tsx';
import { reportStrings } from './strings/report.ts';

const rules = new Map(ruleCatalogue().map((rule) => [rule.id, rule]));

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

/**
 * Findings shown in full (source excerpt, reasons, fix); the rest are listed in one line each. A 5 MB upload
 * can hold thousands of findings, and a page with an excerpt for each weighed 25 MB.
 */
export const detailedFindingsLimit = 100;
/** Beyond this many, findings are only counted by rule (the downloads list them all). */
export const listedFindingsLimit = 1000;

function FindingCard({ finding, sources, prefix, t, compact }: { finding: Finding; sources: Map<string, string>; prefix: string; t: (typeof reportStrings)['en']; compact: boolean }) {
  const rule = rules.get(finding.ruleId);
  const source = sources.get(finding.file);
  if (compact) {
    return (
      <article class="finding finding-compact" data-pillar={finding.pillar} data-severity={finding.severity}>
        <p>
          <span class={`badge severity-${finding.severity}`}>{t.severities[finding.severity]}</span> {finding.title} ·{' '}
          <code>
            {finding.file}:{finding.line}:{finding.column}
          </code>{' '}
          · <a href={`${prefix}/rules/${finding.ruleId}/`}>{finding.ruleId}</a>
        </p>
      </article>
    );
  }
  return (
    <article class="finding" data-pillar={finding.pillar} data-severity={finding.severity} id={`finding-${finding.ruleId}-${finding.line}-${finding.column}`}>
      <h4>
        <span class={`badge severity-${finding.severity}`}>{t.severities[finding.severity]}</span> {finding.title}
      </h4>
      <p class="finding-message">{finding.message}</p>
      <p class="finding-where">
        <code>
          {finding.file}:{finding.line}:{finding.column}
        </code>{' '}
        · <code>{finding.resource.address}</code> · {t.rule} <a href={`${prefix}/rules/${finding.ruleId}/`}>{finding.ruleId}</a>
      </p>
      {source !== undefined && <SourceExcerpt text={source} finding={finding} />}
      {rule && (
        <details>
          <summary>{t.why}</summary>
          <p>{rule.rationale}</p>
        </details>
      )}
      <details>
        <summary>{t.fix}</summary>
        <pre tabindex={0}>
          <code>{finding.fix.snippet}</code>
        </pre>
      </details>
      <p>
        <a href={`${prefix}/guides/${rule?.guide ?? ''}/`}>{t.guide}</a>
      </p>
    </article>
  );
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
  const prefix = props.language === 'zh-cn' ? '/zh-cn' : '';
  const active = props.report.findings.filter((finding) => !finding.suppressed);
  // In display order (pillar, then severity), the first ones get the full card.
  const displayOrder = Pillar.options.flatMap((pillar) => severityOrder.flatMap((severity) => active.filter((finding) => finding.pillar === pillar && finding.severity === severity)));
  const detailed = new Set(displayOrder.slice(0, detailedFindingsLimit));
  const listed = new Set(displayOrder.slice(0, listedFindingsLimit));
  const unlistedByRule = new Map<string, number>();
  for (const finding of displayOrder.slice(listedFindingsLimit)) unlistedByRule.set(finding.ruleId, (unlistedByRule.get(finding.ruleId) ?? 0) + 1);
  const skipped = props.report.diagnostics.filter((diagnostic) => diagnostic.level !== 'error');
  return (
    <>
      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t.scores}</h2>
        <ScoreChart scores={props.report.scores} t={t} />
      </section>

      {props.children}

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">{t.findings(active.length)}</h2>
        {active.length === 0 ? (
          <p>{t.noFindings}</p>
        ) : (
          <>
            <form class="filters" data-filters hidden>
              <label>
                {t.filter}
                <select name="pillar">
                  <option value="">{t.allPillars}</option>
                  {Pillar.options.map((pillar) => (
                    <option value={pillar}>{t.pillars[pillar]}</option>
                  ))}
                </select>
              </label>
              <label>
                <span class="visually-hidden">{t.allSeverities}</span>
                <select name="severity">
                  <option value="">{t.allSeverities}</option>
                  {severityOrder.map((severity) => (
                    <option value={severity}>{t.severities[severity]}</option>
                  ))}
                </select>
              </label>
            </form>
            {active.length > detailedFindingsLimit && <p class="notice">{t.compactNotice(detailedFindingsLimit, active.length - detailedFindingsLimit)}</p>}
            {Pillar.options.map((pillar) => {
              const ofPillar = active.filter((finding) => finding.pillar === pillar);
              const shown = ofPillar.filter((finding) => listed.has(finding));
              if (shown.length === 0) return null;
              return (
            <section class="pillar-group" data-pillar-group={pillar} aria-labelledby={`pillar-${pillar}`}>
                  <h3 id={`pillar-${pillar}`}>
                    {t.pillars[pillar]} ({ofPillar.length})
                  </h3>
                  {severityOrder.flatMap((severity) =>
                    shown.filter((finding) => finding.severity === severity).map((finding) => <FindingCard finding={finding} sources={props.sources} prefix={prefix} t={t} compact={!detailed.has(finding)} />),
                  )}
                </section>
              );
            })}
            {unlistedByRule.size > 0 && (
              <section aria-labelledby="unlisted-heading">
                <h3 id="unlisted-heading">{t.unlisted(active.length - listedFindingsLimit)}</h3>
                <ul>
                  {[...unlistedByRule].map(([ruleId, count]) => (
                    <li>
                      <a href={`${prefix}/rules/${ruleId}/`}>{ruleId}</a>: {count}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </section>

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
              {t.download}: <a href={api} download={`plumbline-${props.id}.json`}>JSON</a> · <a href={`${api}?format=sarif`} download={`plumbline-${props.id}.sarif`}>SARIF</a> ·{' '}
              <a href={`${api}?format=markdown`} download={`plumbline-${props.id}.md`}>Markdown</a>
            </nav>
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
