/**
 * One rule's findings on the report: a card for a single occurrence (source excerpt, reasons, fix), or one group
 * for many ("7 resources") with the reasons and fix shown once and every occurrence listed under a disclosure.
 */
import { findingText, ruleCatalogue, type Finding, type MessagePart, type Severity } from '../../checks/index.ts';
import { SourceExcerpt } from './excerpt.tsx';
import { findingAnchor, type FindingGroup } from './finding-cards.ts';
import type { ReportStrings } from './strings/report.ts';

const rules = new Map(ruleCatalogue().map((rule) => [rule.id, rule]));

export interface FindingCardProps {
  group: FindingGroup;
  /** Source text by path, for the excerpts. */
  sources: Map<string, string>;
  /** Findings shown in full; the others get one line each (see `detailedFindingsLimit`). */
  detailed: ReadonlySet<Finding>;
  prefix: string;
  t: ReportStrings;
  language: 'en' | 'zh-cn';
}

/** A message with the names and values it quotes in code font, so a Chinese sentence reads around them. */
function Message({ parts }: { parts: MessagePart[] }) {
  return <>{parts.map((part) => ('code' in part ? <code>{part.code}</code> : part.text))}</>;
}

function Location({ finding }: { finding: Finding }) {
  return (
    <code>
      {finding.file}:{finding.line}:{finding.column}
    </code>
  );
}

function Badge({ severity, t }: { severity: Severity; t: ReportStrings }) {
  return <span class={`badge severity-${severity}`}>{t.severities[severity]}</span>;
}

/** Why the rule matters, how to fix it, and its guide: said once per card or group. */
function Advice({ finding, prefix, t, language }: { finding: Finding; prefix: string; t: ReportStrings; language: 'en' | 'zh-cn' }) {
  const rule = rules.get(finding.ruleId);
  const text = findingText(finding, language);
  return (
    <>
      {text.rationale !== undefined && (
        <details>
          <summary>{t.why}</summary>
          <p>{text.rationale}</p>
        </details>
      )}
      <details>
        <summary>{t.fix(finding.fix.format)}</summary>
        <pre tabindex={0}>
          <code>{text.fix}</code>
        </pre>
      </details>
      <p>
        <a href={`${prefix}/guides/${rule?.guide ?? ''}/`}>{t.guide}</a>
      </p>
    </>
  );
}

function SingleFinding({
  finding,
  sources,
  prefix,
  t,
  compact,
  language,
}: {
  finding: Finding;
  sources: Map<string, string>;
  prefix: string;
  t: ReportStrings;
  compact: boolean;
  language: 'en' | 'zh-cn';
}) {
  const source = sources.get(finding.file);
  const text = findingText(finding, language);
  if (compact) {
    return (
      <article class="finding finding-compact" data-pillar={finding.pillar} data-severity={finding.severity} data-count="1" id={findingAnchor(finding)}>
        <p>
          <Badge severity={finding.severity} t={t} /> <span class="finding-title">{text.title}</span> · <Location finding={finding} /> ·{' '}
          <a href={`${prefix}/rules/${finding.ruleId}/`}>{finding.ruleId}</a>
        </p>
      </article>
    );
  }
  return (
    <article class="finding" data-pillar={finding.pillar} data-severity={finding.severity} data-count="1" id={findingAnchor(finding)}>
      <h4>
        <Badge severity={finding.severity} t={t} /> <span class="finding-title">{text.title}</span>
      </h4>
      <p class="finding-message">
        <Message parts={text.messageParts} />
      </p>
      <p class="finding-where">
        <Location finding={finding} /> · <code>{finding.resource.address}</code> · {t.rule} <a href={`${prefix}/rules/${finding.ruleId}/`}>{finding.ruleId}</a>
      </p>
      {source !== undefined && <SourceExcerpt text={source} finding={finding} />}
      <Advice finding={finding} prefix={prefix} t={t} language={language} />
    </article>
  );
}

function GroupedFindings({ group, sources, detailed, prefix, t, language }: FindingCardProps) {
  const first = group.findings[0]!;
  const count = group.findings.length;
  const resources = new Set(group.findings.map((finding) => finding.resource.address)).size;
  const compact = !detailed.has(first);
  return (
    <article class={compact ? 'finding finding-group finding-compact' : 'finding finding-group'} data-pillar={group.pillar} data-severity={group.severity} data-count={String(count)}>
      <h4>
        <Badge severity={group.severity} t={t} /> <span class="finding-title">{findingText(first, language).title}</span>
      </h4>
      <p class="finding-where">
        <strong>{t.groupCount(count, resources)}</strong> · {t.rule} <a href={`${prefix}/rules/${group.ruleId}/`}>{group.ruleId}</a>
      </p>
      <details class="occurrences">
        <summary>{t.groupWhere(count)}</summary>
        <ol>
          {group.findings.map((finding) => {
            const source = detailed.has(finding) ? sources.get(finding.file) : undefined;
            return (
              <li id={findingAnchor(finding)}>
                <p class="finding-where">
                  <Location finding={finding} /> · <code>{finding.resource.address}</code>
                </p>
                <p class="finding-message">
                  <Message parts={findingText(finding, language).messageParts} />
                </p>
                {source !== undefined && <SourceExcerpt text={source} finding={finding} />}
              </li>
            );
          })}
        </ol>
      </details>
      {!compact && <Advice finding={first} prefix={prefix} t={t} language={language} />}
    </article>
  );
}

/** A single finding as a card, several of one rule as a group. */
export function FindingCard(props: FindingCardProps) {
  const [only, ...rest] = props.group.findings;
  if (only && rest.length === 0) return <SingleFinding finding={only} sources={props.sources} prefix={props.prefix} t={props.t} compact={!props.detailed.has(only)} language={props.language} />;
  return <GroupedFindings {...props} />;
}
