/** Human-readable report for terminals: grouped by pillar and severity, with the offending source lines. */
import { formatDiagnostic } from '../source/diagnostic.ts';
import { sourceFile, lineText, type SourceFile } from '../source/file.ts';
import { Pillar } from '../pillars.ts';
import { groupByPillarAndSeverity, pillarTitles } from './group.ts';
import type { Finding, Report } from './schema.ts';

export interface TextOptions {
  /** ANSI colours (the CLI turns them on for a TTY unless NO_COLOR is set). */
  color?: boolean;
  /** Source text by path, for excerpts. */
  sources?: ReadonlyMap<string, string>;
}

const codes = { red: 31, yellow: 33, blue: 34, magenta: 35, gray: 90, bold: 1, dim: 2, green: 32, cyan: 36 } as const;

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (style: keyof typeof codes, text: string) => (options.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
  const severityStyle = { critical: 'magenta', high: 'red', medium: 'yellow', low: 'blue' } as const;
  const files = new Map<string, SourceFile>();
  const fileOf = (path: string) => {
    let file = files.get(path);
    const text = options.sources?.get(path);
    if (!file && text !== undefined) files.set(path, (file = sourceFile(path, text)));
    return file;
  };
  const out: string[] = [];

  for (const diagnostic of report.diagnostics) {
    const style = diagnostic.level === 'error' ? 'red' : diagnostic.level === 'warning' ? 'yellow' : 'gray';
    out.push(paint(style, formatDiagnostic(diagnostic)));
  }
  if (report.diagnostics.length > 0) out.push('');

  const active = report.findings.filter((finding) => !finding.suppressed);
  let currentPillar: Pillar | undefined;
  for (const group of groupByPillarAndSeverity(active)) {
    if (group.pillar !== currentPillar) {
      currentPillar = group.pillar;
      out.push(paint('bold', `${pillarTitles[group.pillar]} (score ${report.scores.pillars[group.pillar] ?? 'n/a'})`));
    }
    for (const finding of group.findings) out.push(...renderFinding(finding, fileOf(finding.file), paint, severityStyle[finding.severity]));
  }

  const { summary, scores } = report;
  const counts = (['critical', 'high', 'medium', 'low'] as const).map((severity) => `${summary.bySeverity[severity]} ${severity}`).join(', ');
  out.push(
    paint('bold', `${summary.findings} finding${summary.findings === 1 ? '' : 's'} (${counts})`) +
      (summary.suppressed > 0 ? paint('gray', `, ${summary.suppressed} suppressed`) : '') +
      ` in ${summary.checked} checked file${summary.checked === 1 ? '' : 's'}` +
      (summary.skipped > 0 ? `, ${summary.skipped} skipped` : '') +
      (summary.errors > 0 ? paint('red', `, ${summary.errors} with errors`) : ''),
  );
  if (scores.overall !== null) {
    const pillarScores = Pillar.options
      .filter((pillar) => scores.pillars[pillar] !== null)
      .map((pillar) => `${pillarTitles[pillar]} ${scores.pillars[pillar]}`)
      .join(' · ');
    out.push(`Score ${paint('bold', String(scores.overall))}/100 — ${pillarScores}`);
  }
  return out.join('\n') + '\n';
}

function renderFinding(finding: Finding, file: SourceFile | undefined, paint: (style: keyof typeof codes, text: string) => string, style: keyof typeof codes): string[] {
  const lines = [
    `  ${paint(style, finding.severity.toUpperCase().padEnd(8))} ${paint('bold', finding.ruleId)}  ${finding.message}`,
    `           ${paint('cyan', `${finding.file}:${finding.line}:${finding.column}`)}  ${paint('gray', finding.resource.address)}`,
  ];
  if (finding.expiredSuppression) {
    lines.push(`           ${paint('yellow', `suppression expired on ${finding.expiredSuppression.expires}: "${finding.expiredSuppression.reason}"`)}`);
  }
  if (file) {
    const width = String(finding.line + 1).length;
    for (let line = Math.max(1, finding.line - 1); line <= finding.line + 1; line++) {
      const text = lineText(file, line);
      if (line !== finding.line && text.trim() === '') continue;
      const gutter = `${line === finding.line ? '>' : ' '} ${String(line).padStart(width)} | `;
      lines.push(`           ${paint(line === finding.line ? 'bold' : 'gray', gutter)}${text}`);
      if (line === finding.line) {
        const length = Math.max(1, (finding.endLine === finding.line ? finding.endColumn : text.length + 1) - finding.column);
        lines.push(`           ${' '.repeat(gutter.length + finding.column - 1)}${paint(style, '^'.repeat(length))}`);
      }
    }
  }
  lines.push(`           ${paint('green', 'Fix:')}`);
  for (const fixLine of finding.fix.snippet.split('\n')) lines.push(`             ${paint('green', fixLine)}`);
  lines.push(`           ${paint('gray', `Guide: ${finding.guide}`)}`, '');
  return lines;
}
