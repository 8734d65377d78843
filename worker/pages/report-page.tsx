/** The shareable HTML report: scores, findings by pillar and severity with source, reasons, fixes and guides. */
import { tiers } from '../pricing.ts';
import { formatPrice } from './request-form.tsx';
import { requestStrings } from './strings/requests.ts';
import { findingText, Pillar, type Finding, type MessagePart, type Report, ruleCatalogue, severityOrder } from '../../checks/index.ts';
import { ArchitectureSection } from './architecture-section.tsx';
import { SourceExcerpt } from './excerpt.tsx';
import { detailedFindingsLimit, displayOrder, findingAnchor, listedFindingsLimit } from './finding-cards.ts';
import { ScoreChart } from './score-chart.tsx';
import { reportStrings } from './strings/report.ts';

const rules = new Map(ruleCatalogue().map((rule) => [rule.id, rule]));

export interface ReportPageProps {
  id: string;
  language: 'en' | 'zh-cn';
  createdAt: number;
  filesExpireAt: number;
  filesDeleted: boolean;
  files: { path: string; size: number }[];
  report: Report;
  /** Source text by path, while the files are kept. */
  sources: Map<string, string>;
}

/** A message with the names and values it quotes in code font, so a Chinese sentence reads around them. */
function Message({ parts }: { parts: MessagePart[] }) {
  return <>{parts.map((part) => ('code' in part ? <code>{part.code}</code> : part.text))}</>;
}

function FindingCard({ finding, sources, prefix, t, compact, language }: { finding: Finding; sources: Map<string, string>; prefix: string; t: (typeof reportStrings)['en']; compact: boolean; language: 'en' | 'zh-cn' }) {
  const rule = rules.get(finding.ruleId);
  const source = sources.get(finding.file);
  const text = findingText(finding, language);
  if (compact) {
    return (
      <article class="finding finding-compact" data-pillar={finding.pillar} data-severity={finding.severity} id={findingAnchor(finding)}>
        <p>
          <span class={`badge severity-${finding.severity}`}>{t.severities[finding.severity]}</span> <span class="finding-title">{text.title}</span> ·{' '}
          <code>
            {finding.file}:{finding.line}:{finding.column}
          </code>{' '}
          · <a href={`${prefix}/rules/${finding.ruleId}/`}>{finding.ruleId}</a>
        </p>
      </article>
    );
  }
  return (
    <article class="finding" data-pillar={finding.pillar} data-severity={finding.severity} id={findingAnchor(finding)}>
      <h4>
        <span class={`badge severity-${finding.severity}`}>{t.severities[finding.severity]}</span> <span class="finding-title">{text.title}</span>
      </h4>
      <p class="finding-message">
        <Message parts={text.messageParts} />
      </p>
      <p class="finding-where">
        <code>
          {finding.file}:{finding.line}:{finding.column}
        </code>{' '}
        · <code>{finding.resource.address}</code> · {t.rule} <a href={`${prefix}/rules/${finding.ruleId}/`}>{finding.ruleId}</a>
      </p>
      {source !== undefined && <SourceExcerpt text={source} finding={finding} />}
      {text.rationale !== undefined && (
        <details>
          <summary>{t.why}</summary>
          <p>{text.rationale}</p>
        </details>
      )}
      <details>
        <summary>{t.fix}</summary>
        <pre tabindex={0}>
          <code>{text.fix}</code>
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
  // In display order, the first ones get the full card.
  const ordered = displayOrder(active);
  const detailed = new Set(ordered.slice(0, detailedFindingsLimit));
  const listed = new Set(ordered.slice(0, listedFindingsLimit));
  const unlistedByRule = new Map<string, number>();
  for (const finding of ordered.slice(listedFindingsLimit)) unlistedByRule.set(finding.ruleId, (unlistedByRule.get(finding.ruleId) ?? 0) + 1);
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
                    shown.filter((finding) => finding.severity === severity).map((finding) => <FindingCard finding={finding} sources={props.sources} prefix={prefix} t={t} compact={!detailed.has(finding)} language={props.language} />),
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
  const htmlLang = props.language === 'zh-cn' ? 'zh-CN' : 'en';
  const active = props.report.findings.filter((finding) => !finding.suppressed);
  const suppressed = props.report.findings.length - active.length;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const api = `/api/reviews/${props.id}`;
  return (
    <html lang={htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <meta name="color-scheme" content="light dark" />
        <title>{`${t.title} · Plumbline`}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/styles/site.css" />
        <link rel="stylesheet" href="/styles/report.css" />
        <script type="module" src="/js/report.js"></script>
      </head>
      <body>
        <a class="skip-link" href="#main">{t.skip}</a>
        <header class="site-header">
          <a class="brand" href={`${prefix}/`}>{t.home}</a>
        </header>
        <main id="main" data-review-id={props.id}>
          <h1>{t.title}</h1>
          <p class="meta">
            {t.checkedOn(day(props.createdAt))} · {t.findings(active.length)}
            {suppressed > 0 && <> · {t.suppressed(suppressed)}</>}
          </p>
          <p class="notice">{props.filesDeleted ? t.filesGone : t.retention(day(props.filesExpireAt))}</p>

          <ReportBody report={props.report} sources={props.sources} language={props.language}>
            <nav class="downloads" aria-label={t.download}>
              {t.download}: <a href={api} download={`plumbline-${props.id}.json`}>JSON</a> · <a href={`${api}?format=sarif`} download={`plumbline-${props.id}.sarif`}>SARIF</a> ·{' '}
              <a href={`${api}?format=markdown`} download={`plumbline-${props.id}.md`}>Markdown</a>
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

          <section class="danger" aria-labelledby="delete-heading">
            <h2 id="delete-heading">{t.delete}</h2>
            <p>{t.deleteHelp}</p>
            <form data-delete-form>
              <label>
                {t.deleteToken} <input name="token" type="password" autocomplete="off" data-delete-token />
              </label>{' '}
              <button type="submit">{t.delete}</button>
              <p role="status" data-delete-status></p>
            </form>
          </section>
        </main>
      </body>
    </html>
  );
}
