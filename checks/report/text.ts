/** Human-readable report for terminals: grouped by pillar, severity and rule, with the offending source lines and each rule's fix once. */
import { formatDiagnostic } from '../source/diagnostic.ts';
import { sourceFile, lineText, type SourceFile } from '../source/file.ts';
import { Pillar } from '../vocabulary.ts';
import { groupByPillarAndSeverity, groupByRule, pillarTitles, severityColour } from './group.ts';
import type { Finding, Report } from './schema.ts';

export interface TextOptions {
  /** ANSI colours (the CLI turns them on for a TTY unless NO_COLOR is set). */
  color?: boolean;
  /** Source text by path, for excerpts. */
  sources?: ReadonlyMap<string, string>;
  /** Findings only: no summary line or scores. */
  quiet?: boolean;
  /** Include the input diagnostics (default); the CLI prints them on standard error instead. */
  diagnostics?: boolean;
}

type Paint = (style: keyof typeof codes, text: string) => string;

const codes = { red: 31, yellow: 33, gray: 90, bold: 1, green: 32, cyan: 36 } as const;

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (style: keyof typeof codes, text: string) => (options.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
  const terminalColour = { red: 'red', amber: 'yellow', green: 'green' } as const;
  const files = new Map<string, SourceFile>();
  const fileOf = (path: string) => {
    let file = files.get(path);
    const text = options.sources?.get(path);
    if (!file && text !== undefined) files.set(path, (file = sourceFile(path, text)));
    return file;
  };
  const out: string[] = [];

  const diagnostics = options.diagnostics === false ? [] : report.diagnostics;
  for (const diagnostic of diagnostics) {
    const style = diagnostic.level === 'error' ? 'red' : diagnostic.level === 'warning' ? 'yellow' : 'gray';
    out.push(paint(style, formatDiagnostic(diagnostic)));
  }
  if (diagnostics.length > 0) out.push('');

  const active = report.findings.filter((finding) => !finding.suppressed);
  let currentPillar: Pillar | undefined;
  for (const group of groupByPillarAndSeverity(active)) {
    if (group.pillar !== currentPillar) {
      currentPillar = group.pillar;
      out.push(paint('bold', `${pillarTitles[group.pillar]} (score ${report.scores.pillars[group.pillar] ?? 'n/a'})`));
    }
    for (const findings of groupByRule(group.findings)) out.push(...renderRule(findings, fileOf, paint, terminalColour[severityColour[group.severity]]));
  }

  if (options.quiet) return out.join('\n') + (out.length > 0 ? '\n' : '');
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

/** One rule's findings: a heading with the count, each location with its message and source line, then the fix and guide once. */
function renderRule(findings: Finding[], fileOf: (path: string) => SourceFile | undefined, paint: Paint, style: keyof typeof codes): string[] {
  const first = findings[0]!;
  const count = findings.length === 1 ? '' : paint('gray', ` (${findings.length} resources)`);
  const lines = [`  ${paint(style, first.severity.toUpperCase().padEnd(8))} ${paint('bold', first.ruleId)}  ${findings.length === 1 ? first.message : first.title}${count}`];
  for (const finding of findings) lines.push(...renderLocation(finding, fileOf(finding.file), paint, style, findings.length > 1));
  lines.push(`           ${paint('green', 'Fix:')}`);
  for (const fixLine of first.fix.snippet.split('\n')) lines.push(`             ${paint('green', fixLine)}`);
  lines.push(`           ${paint('gray', `Guide: ${first.guide}`)}`, '');
  return lines;
}

function renderLocation(finding: Finding, file: SourceFile | undefined, paint: Paint, style: keyof typeof codes, withMessage: boolean): string[] {
  const lines = [`           ${paint('cyan', `${finding.file}:${finding.line}:${finding.column}`)}  ${paint('gray', finding.resource.address)}`];
  if (withMessage) lines.push(`           ${finding.message}`);
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
  return lines;
}
