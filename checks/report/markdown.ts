/** Markdown for pull-request comments: a score table, then findings by pillar, compact enough for one comment. Every name a user controls goes through markdown-escape.ts. */
import { Pillar } from '../vocabulary.ts';
import { groupByPillarAndSeverity, pillarTitles, severityColour } from './group.ts';
import { codeSpan, markdownText } from './markdown-escape.ts';
import type { Report } from './schema.ts';

const colourIcon = { red: '🔴', amber: '🟠', green: '🟢' } as const;
const severityIcon = { critical: colourIcon[severityColour.critical], high: colourIcon[severityColour.high], medium: colourIcon[severityColour.medium], low: colourIcon[severityColour.low] };

export function renderMarkdown(report: Report): string {
  const { summary, scores } = report;
  const out: string[] = ['## Plumbline architecture review', ''];
  out.push(
    summary.findings === 0
      ? `✅ No findings in ${summary.checked} checked file${summary.checked === 1 ? '' : 's'}.`
      : `**${summary.findings} finding${summary.findings === 1 ? '' : 's'}**: ${(['critical', 'high', 'medium', 'low'] as const).map((severity) => `${severityIcon[severity]} ${summary.bySeverity[severity]} ${severity}`).join(' · ')}` +
          (summary.suppressed > 0 ? ` (${summary.suppressed} suppressed)` : ''),
    '',
  );
  out.push('| Pillar | Score |', '| --- | ---: |');
  for (const pillar of Pillar.options) out.push(`| ${pillarTitles[pillar]} | ${scores.pillars[pillar] ?? 'n/a'} |`);
  out.push(`| **Overall** | **${scores.overall ?? 'n/a'}** |`, '');

  for (const pillar of Pillar.options) {
    const groups = groupByPillarAndSeverity(report.findings.filter((finding) => !finding.suppressed && finding.pillar === pillar));
    if (groups.length === 0) continue;
    out.push(`### ${pillarTitles[pillar]}`, '', '| Severity | Rule | Where | What |', '| --- | --- | --- | --- |');
    for (const group of groups)
      for (const finding of group.findings) {
        out.push(
          `| ${severityIcon[finding.severity]} ${finding.severity} | [${finding.ruleId}](${finding.guide}) | ${codeSpan(`${finding.file}:${finding.line}`, 'table cell')} ${codeSpan(finding.resource.address, 'table cell')} | ${markdownText(finding.message)} |`,
        );
      }
    out.push('');
  }
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.level === 'error');
  if (errors.length > 0) {
    out.push('### Files that could not be checked', '');
    for (const diagnostic of errors) out.push(`- ${codeSpan(`${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}`)}: ${markdownText(diagnostic.message)}`);
    out.push('');
  }
  return out.join('\n');
}
