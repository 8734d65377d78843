/** `plumbline check` once its files are read: check them, render the report, choose the exit status. No file system, so the fuzzer runs it as the CLI does. */
import type { CheckConfig } from '../config.ts';
import { checkSources } from '../engine/check.ts';
import { templateText } from '../parse/input.ts';
import { inputLimits } from '../formats/index.ts';
import { renderGitlab } from '../report/gitlab.ts';
import { renderJson } from '../report/json.ts';
import { renderJunit } from '../report/junit.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderSarif } from '../report/sarif.ts';
import type { Report } from '../report/schema.ts';
import { renderText } from '../report/text.ts';
import { allRules } from '../rules/index.ts';
import { severityOrder, type Language, type Severity } from '../vocabulary.ts';
import { maskSecrets } from '../secrets/index.ts';
import type { CollectedInputs } from './files.ts';

export const outputFormats = ['text', 'json', 'sarif', 'markdown', 'junit', 'gitlab'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export interface CheckRunOptions {
  format: OutputFormat;
  /** The lowest severity that fails the run (exit 1), or `none`. */
  failOn: Severity | 'none';
  params?: Record<string, string>;
  /** Terraform `--var-file` files, read by the caller. */
  varFiles?: { path: string; text: string }[];
  config?: Partial<CheckConfig>;
  /** Print source lines as written instead of masking the secrets in them. */
  showSecrets?: boolean;
  color?: boolean;
  /** Text format: findings only, without the summary and scores. */
  quiet?: boolean;
  /** Files that could not be read or decoded become skipped files instead of errors (exit 2). */
  skipUnreadable?: boolean;
  /** Text format: leave diagnostics out of the report (the CLI prints them on standard error). */
  omitDiagnostics?: boolean;
  /** Text and Markdown: the language of the findings and the words around them (default English). */
  language?: Language;
}

/** Problems with reading a file, as opposed to what it holds: `--skip-unreadable` lets a run pass over these. */
const unreadableCodes = new Set(['not-found', 'unreadable', 'too-large', 'binary', 'encoding']);

export interface CheckRun {
  report: Report;
  output: string;
  /** 0 clean, 1 findings at or above `failOn`, 2 a file that could not be read or checked. */
  status: 0 | 1 | 2;
}

function render(report: Report, options: CheckRunOptions, sources: Map<string, string>): string {
  switch (options.format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, allRules);
    case 'markdown':
      return renderMarkdown(report, options.language);
    case 'junit':
      return renderJunit(report);
    case 'gitlab':
      return renderGitlab(report);
    default:
      return renderText(report, { color: options.color ?? false, sources, quiet: options.quiet ?? false, diagnostics: !options.omitDiagnostics, language: options.language ?? 'en' });
  }
}

export function checkCollected(collected: CollectedInputs, options: CheckRunOptions): CheckRun {
  const report = checkSources(collected.inputs, {
    params: options.params ?? {},
    ...(options.varFiles ? { varFiles: options.varFiles } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  report.diagnostics.unshift(...collected.diagnostics);
  report.summary.errors += collected.diagnostics.filter((diagnostic) => diagnostic.level === 'error').length;
  if (options.skipUnreadable) skipUnreadable(report);
  // Only the text format prints source lines; they often land in CI logs, so secrets in them are masked.
  // Excerpts come from the text the engine read (decoded, byte-order mark dropped), so carets meet their columns.
  const sources = new Map<string, string>();
  if (options.format === 'text')
    for (const input of collected.inputs) {
      const text = templateText(input.content, inputLimits);
      if (text !== undefined) sources.set(input.path, options.showSecrets ? text : maskSecrets(text).text);
    }
  const output = render(report, options, sources);

  if (report.summary.errors > 0) return { report, output, status: 2 };
  if (options.failOn === 'none') return { report, output, status: 0 };
  const threshold = severityOrder.indexOf(options.failOn);
  const failing = report.findings.some((finding) => !finding.suppressed && severityOrder.indexOf(finding.severity) <= threshold);
  return { report, output, status: failing ? 1 : 0 };
}

function skipUnreadable(report: Report): void {
  const skipped = new Set<string>();
  for (const diagnostic of report.diagnostics)
    if (diagnostic.level === 'error' && unreadableCodes.has(diagnostic.code)) {
      diagnostic.level = 'skipped';
      skipped.add(diagnostic.file);
    }
  const stillFailing = new Set(report.diagnostics.filter((diagnostic) => diagnostic.level === 'error').map((diagnostic) => diagnostic.file));
  for (const path of skipped) {
    if (stillFailing.has(path)) continue;
    report.summary.errors--;
    report.summary.skipped++;
    const file = report.files.find((candidate) => candidate.path === path);
    if (file) file.status = 'skipped';
  }
}
