/** Markdown for pull-request comments: a score table, then findings by pillar, compact enough for one comment. Every name a user controls goes through markdown-escape.ts. */
import { Pillar, type Language } from '../vocabulary.ts';
import { findingText } from './finding-text.ts';
import { groupByPillarAndSeverity, severityColour } from './group.ts';
import { codeSpan, markdownText } from './markdown-escape.ts';
import type { Report } from './schema.ts';
import { reportWords } from './words.ts';

const colourIcon = { red: '🔴', amber: '🟠', green: '🟢' } as const;
const severityIcon = { critical: colourIcon[severityColour.critical], high: colourIcon[severityColour.high], medium: colourIcon[severityColour.medium], low: colourIcon[severityColour.low] };

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

export function renderMarkdown(report: Report, language: Language = 'en'): string {
  const words = reportWords[language];
  const { summary, scores } = report;
  const out: string[] = [`## ${words.markdownTitle}`, ''];
  out.push(
    summary.findings === 0
      ? `✅ ${words.noFindings(summary.checked)}`
      : words.markdownSummary(
          words.findings(summary.findings),
          words.markdownCounts((severity) => severityIcon[severity], summary.bySeverity),
        ) + (summary.suppressed > 0 ? words.markdownSuppressed(summary.suppressed) : ''),
    '',
  );
  out.push(row(words.scoreTable), '| --- | ---: |');
  for (const pillar of Pillar.options) out.push(row([words.pillars[pillar], String(scores.pillars[pillar] ?? words.notScored)]));
  out.push(row([`**${words.overall}**`, `**${scores.overall ?? words.notScored}**`]), '');

  for (const pillar of Pillar.options) {
    const groups = groupByPillarAndSeverity(report.findings.filter((finding) => !finding.suppressed && finding.pillar === pillar));
    if (groups.length === 0) continue;
    out.push(`### ${words.pillars[pillar]}`, '', row(words.findingTable), '| --- | --- | --- | --- |');
    for (const group of groups)
      for (const finding of group.findings) {
        const where = `${codeSpan(`${finding.file}:${finding.line}`, 'table cell')} ${codeSpan(finding.resource.address, 'table cell')}`;
        out.push(row([`${severityIcon[finding.severity]} ${words.severity(finding.severity)}`, `[${finding.ruleId}](${finding.guide})`, where, markdownText(findingText(finding, language).message)]));
      }
    out.push('');
  }
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.level === 'error');
  if (errors.length > 0) {
    out.push(`### ${words.uncheckedFiles}`, '');
    for (const diagnostic of errors) out.push(`- ${codeSpan(`${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}`)}: ${markdownText(diagnostic.message)}`);
    out.push('');
  }
  return out.join('\n');
}
