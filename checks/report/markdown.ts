/** Markdown for pull-request comments: a score table, then findings by pillar, compact enough for one comment. */
import { Pillar } from '../pillars.ts';
import { groupByPillarAndSeverity, pillarTitles } from './group.ts';
import type { Report } from './schema.ts';

const severityIcon = { critical: '🟣', high: '🔴', medium: '🟠', low: '🔵' } as const;

/** Escapes text for a Markdown table cell or inline position. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#]/g, (character) => `\\${character}`).replace(/\n/g, ' ');
}

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
          `| ${severityIcon[finding.severity]} ${finding.severity} | [${finding.ruleId}](${finding.guide}) | \`${escape(finding.file)}:${finding.line}\` ${escape(finding.resource.address)} | ${escape(finding.message)} |`,
        );
      }
    out.push('');
  }
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.level === 'error');
  if (errors.length > 0) {
    out.push('### Files that could not be checked', '');
    for (const diagnostic of errors) out.push(`- \`${escape(diagnostic.file)}${diagnostic.line ? `:${diagnostic.line}` : ''}\`: ${escape(diagnostic.message)}`);
    out.push('');
  }
  return out.join('\n');
}
