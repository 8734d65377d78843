/** Human-readable report for terminals: grouped by pillar, severity and rule, with the offending source lines and each rule's fix once. */
import { formatDiagnostic } from '../source/diagnostic.ts';
import { sourceFile, lineText, type SourceFile } from '../source/file.ts';
import { Pillar, type Language } from '../vocabulary.ts';
import { findingText } from './finding-text.ts';
import { groupByPillarAndSeverity, groupByRule, severityColour } from './group.ts';
import type { Finding, Report } from './schema.ts';
import { suppressionText } from './suppression.ts';
import { reportWords, type ReportWords } from './words.ts';

export interface TextOptions {
  /** ANSI colours (the CLI turns them on for a TTY unless NO_COLOR is set). */
  color?: boolean;
  /** Source text by path, for excerpts. */
  sources?: ReadonlyMap<string, string>;
  /** Findings only: no summary line or scores. */
  quiet?: boolean;
  /** Include the input diagnostics (default); the CLI prints them on standard error instead. */
  diagnostics?: boolean;
  /** The language of the findings and the words around them (default English). */
  language?: Language;
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
  const language = options.language ?? 'en';
  const words = reportWords[language];
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
      out.push(paint('bold', words.pillarHeading(words.pillars[group.pillar], String(report.scores.pillars[group.pillar] ?? words.notScored))));
    }
    for (const findings of groupByRule(group.findings)) out.push(...renderRule(findings, { fileOf, paint, style: terminalColour[severityColour[group.severity]], language, words }));
  }

  if (options.quiet) return out.join('\n') + (out.length > 0 ? '\n' : '');
  out.push(...renderSuppressed(report.findings, paint, words));
  const { summary, scores } = report;
  out.push(
    paint('bold', words.textSummary(words.findings(summary.findings), words.counts(summary.bySeverity))) +
      (summary.suppressed > 0 ? paint('gray', words.suppressed(summary.suppressed)) : '') +
      words.checkedFiles(summary.checked) +
      (summary.skipped > 0 ? words.skipped(summary.skipped) : '') +
      (summary.errors > 0 ? paint('red', words.withErrors(summary.errors)) : ''),
  );
  if (scores.overall !== null) {
    const pillarScores = Pillar.options
      .filter((pillar) => scores.pillars[pillar] !== null)
      .map((pillar) => `${words.pillars[pillar]} ${scores.pillars[pillar]}`)
      .join(' · ');
    out.push(words.score(paint('bold', String(scores.overall)), pillarScores));
  }
  return out.join('\n') + '\n';
}

interface RuleStyle {
  fileOf: (path: string) => SourceFile | undefined;
  paint: Paint;
  style: keyof typeof codes;
  language: Language;
  words: ReportWords;
}

/** A label padded to `width` terminal columns; a Chinese character takes two. */
function padColumns(label: string, width: number): string {
  const columns = [...label].reduce((sum, character) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(character) ? 2 : 1), 0);
  return label + ' '.repeat(Math.max(0, width - columns));
}

/** One rule's findings: a heading with the count, each location with its message and source line, then the fix and guide once. */
function renderRule(findings: Finding[], { fileOf, paint, style, language, words }: RuleStyle): string[] {
  const first = findings[0]!;
  const firstText = findingText(first, language);
  const count = findings.length === 1 ? '' : paint('gray', words.resources(findings.length));
  const severity = language === 'en' ? first.severity.toUpperCase() : words.severity(first.severity);
  const lines = [`  ${paint(style, padColumns(severity, 8))} ${paint('bold', first.ruleId)}  ${findings.length === 1 ? firstText.message : firstText.title}${count}`];
  for (const finding of findings) lines.push(...renderLocation(finding, findings.length > 1 ? findingText(finding, language).message : undefined, fileOf(finding.file), paint, style, words));
  lines.push(`           ${paint('green', words.fix)}`);
  for (const fixLine of firstText.fix.split('\n')) lines.push(`             ${paint('green', fixLine)}`);
  lines.push(`           ${paint('gray', words.guide(first.guide))}`, '');
  return lines;
}

function renderLocation(finding: Finding, message: string | undefined, file: SourceFile | undefined, paint: Paint, style: keyof typeof codes, words: ReportWords): string[] {
  const lines = [`           ${paint('cyan', `${finding.file}:${finding.line}:${finding.column}`)}  ${paint('gray', finding.resource.address)}`];
  if (message !== undefined) lines.push(`           ${message}`);
  if (finding.expiredSuppression) {
    lines.push(`           ${paint('yellow', words.suppressionExpired(finding.expiredSuppression.expires, finding.expiredSuppression.reason))}`);
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

/** Suppressed findings with their reasons, one per location; the baseline's are only counted (it may hold hundreds). */
function renderSuppressed(findings: readonly Finding[], paint: Paint, words: ReportWords): string[] {
  const listed = findings.filter((finding) => finding.suppressed && finding.suppressed.source !== 'baseline');
  if (listed.length === 0) return [];
  const lines = [paint('bold', words.suppressedHeading)];
  for (const finding of listed) {
    lines.push(`  ${finding.ruleId}  ${paint('cyan', `${finding.file}:${finding.line}:${finding.column}`)}  ${paint('gray', finding.resource.address)}`);
    lines.push(`           ${paint('gray', suppressionText(finding.suppressed!, words))}`);
  }
  return [...lines, ''];
}
