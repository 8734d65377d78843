/**
 * The findings of a report: by pillar, then severity, repeated rules collapsed into groups, with filters whose
 * counts follow the selection (`/js/report.js`) and an empty state when nothing matches.
 */
import { Pillar, severityOrder, type Finding } from '../../checks/index.ts';
import { FindingCard } from './finding-card.tsx';
import { detailedFindingsLimit, displayOrder, groupFindings, listedFindingsLimit } from './finding-cards.ts';
import type { ReportStrings } from './strings/report.ts';

function Filters({ t, total }: { t: ReportStrings; total: number }) {
  // The script reads the count texts from here, so both languages' wording stays in strings/report.ts.
  return (
    <form class="filters" data-filters data-count-filtered={t.findingsFiltered('{shown}', total)} hidden>
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
      <p class="visually-hidden" role="status" data-filter-status></p>
    </form>
  );
}

export function FindingsSection({ findings, sources, language, t }: { findings: Finding[]; sources: Map<string, string>; language: 'en' | 'zh-cn'; t: ReportStrings }) {
  const prefix = language === 'zh-cn' ? '/zh-cn' : '';
  const inOrder = displayOrder(findings);
  const detailed = new Set(inOrder.slice(0, detailedFindingsLimit));
  const listed = new Set(inOrder.slice(0, listedFindingsLimit));
  const unlistedByRule = new Map<string, number>();
  for (const finding of inOrder.slice(listedFindingsLimit)) unlistedByRule.set(finding.ruleId, (unlistedByRule.get(finding.ruleId) ?? 0) + 1);
  const groups = groupFindings(inOrder.filter((finding) => listed.has(finding)));
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading" data-findings-count data-count-all={t.findings(findings.length)}>
        {t.findings(findings.length)}
      </h2>
      {findings.length === 0 ? (
        <p>{t.noFindings}</p>
      ) : (
        <>
          <Filters t={t} total={findings.length} />
          <div class="filter-empty" data-filter-empty hidden>
            <p>{t.filterEmpty}</p>
            <p>
              <button type="button" class="button-secondary" data-filter-clear>
                {t.filterClear}
              </button>
            </p>
          </div>
          {findings.length > detailedFindingsLimit && <p class="notice">{t.compactNotice(detailedFindingsLimit, findings.length - detailedFindingsLimit)}</p>}
          {Pillar.options.map((pillar) => {
            const ofPillar = groups.filter((group) => group.pillar === pillar);
            if (ofPillar.length === 0) return null;
            const total = findings.filter((finding) => finding.pillar === pillar).length;
            return (
              <section class="pillar-group" data-pillar-group={pillar} aria-labelledby={`pillar-${pillar}`}>
                <h3 id={`pillar-${pillar}`}>
                  {t.pillars[pillar]} (<span data-pillar-count>{total}</span>)
                </h3>
                {ofPillar.map((group) => (
                  <FindingCard group={group} sources={sources} detailed={detailed} prefix={prefix} t={t} language={language} />
                ))}
              </section>
            );
          })}
          {unlistedByRule.size > 0 && (
            <section aria-labelledby="unlisted-heading">
              <h3 id="unlisted-heading">{t.unlisted(findings.length - listedFindingsLimit)}</h3>
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
  );
}
