#!/usr/bin/env node
/** `plumbline`: the check engine on the command line, for laptops and CI. Exit 0 clean, 1 findings, 2 usage or input errors. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { dump, load } from 'js-yaml';
import { z } from 'zod';
import { checkCollected, outputFormats, type OutputFormat } from './cli/check-run.ts';
import { FlagError, languageFrom, profileFromFlags, readinessFlags, renderReadinessText, runbookRequest, type ReadinessFlags } from './cli/readiness.ts';
import { collectInputs } from './cli/files.ts';
import { colourEnabled, endQuietlyOnClosedPipe } from './cli/terminal.ts';
import { commands, usage, type Command } from './cli/usage.ts';
import { CheckConfig } from './config.ts';
import { Format, formatLabels } from './formats/format.ts';
import { checkSources, engineVersion } from './engine/check.ts';
import { runbookMarkdown } from './readiness/runbook/index.ts';
import { assessSources, markUnreadable } from './readiness/sources.ts';
import { ruleCatalogue, ruleEntry } from './rules/catalogue.ts';
import { allRules } from './rules/index.ts';
import { Language, severityOrder, type Severity } from './vocabulary.ts';
import { formatDiagnostic } from './source/diagnostic.ts';
import { loadTerraformWasmFromNode } from './terraform/load-node.ts';
import { prepareTerraform } from './terraform/runtime.ts';

class UsageError extends Error {
  /** The command whose help follows the message. */
  readonly command: Command | 'main';
  constructor(message: string, command: Command | 'main' = 'main') {
    super(message);
    this.command = command;
  }
}

function loadConfig(path: string | undefined): Partial<CheckConfig> & { path?: string } {
  const chosen = path ?? (existsSync('.plumbline.yml') ? '.plumbline.yml' : undefined);
  if (!chosen) return {};
  let raw: unknown;
  try {
    raw = load(readFileSync(chosen, 'utf8'));
  } catch (error) {
    throw new UsageError(`${chosen}: cannot read the config: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const parsed = CheckConfig.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${chosen}: ${issue.path.join('.') || 'config'}: ${issue.message}`);
  }
  return { ...parsed.data, path: chosen };
}

function parseParams(values: string[] | undefined, flag = '--param'): Record<string, string> {
  const params: Record<string, string> = {};
  for (const value of values ?? []) {
    const equals = value.indexOf('=');
    if (equals <= 0) throw new UsageError(`${flag} expects Key=Value, got "${value}"`);
    params[value.slice(0, equals)] = value.slice(equals + 1);
  }
  return params;
}

/** `--var-file` files, read now so a missing one is a usage problem (exit 2), not a silent default. */
function readVarFiles(paths: string[] | undefined): { path: string; text: string }[] {
  return (paths ?? []).map((path) => {
    try {
      return { path, text: readFileSync(path, 'utf8') };
    } catch (error) {
      throw new InputError(`cannot read --var-file ${path}: ${describeFileError(error)}`);
    }
  });
}

interface CheckFlags {
  format?: string | undefined;
  output?: string | undefined;
  'fail-on'?: string | undefined;
  param?: string[] | undefined;
  var?: string[] | undefined;
  'var-file'?: string[] | undefined;
  config?: string | undefined;
  /** Print source lines as written instead of masking the secrets in them. */
  'show-secrets'?: boolean | undefined;
  'skip-unreadable'?: boolean | undefined;
  quiet?: boolean | undefined;
  /** The language of text and Markdown reports: `en` or `zh-cn`. */
  language?: string | undefined;
}

function runCheck(paths: string[], options: CheckFlags): number {
  if (paths.length === 0) throw new UsageError('check needs at least one path (or - for standard input)', 'check');
  const format = (options.format ?? 'text') as OutputFormat;
  if (!outputFormats.includes(format)) throw new UsageError(`unknown --format "${options.format}"; use one of ${outputFormats.join(', ')}`, 'check');
  const config = loadConfig(options.config);
  const failOn = options['fail-on'] ?? config.failOn ?? 'low';
  if (failOn !== 'none' && !severityOrder.includes(failOn as Severity)) throw new UsageError(`unknown --fail-on "${failOn}"; use critical, high, medium, low or none`, 'check');
  // Terraform's variables and CloudFormation's parameters are both values the user pins: one namespace serves both.
  const params = { ...parseParams(options.param), ...parseParams(options.var, '--var') };
  const varFiles = readVarFiles(options['var-file']);
  const language = Language.safeParse(options.language ?? 'en');
  if (!language.success) throw new UsageError(`unknown --language "${options.language}"; use en or zh-cn`, 'check');

  const collected = collectInputs(paths, () => readFileSync(0));
  const quiet = options.quiet === true;
  const color = format === 'text' && !options.output && colourEnabled(process.env, process.stdout.isTTY === true);
  const run = checkCollected(collected, {
    format,
    failOn: failOn as Severity | 'none',
    params,
    varFiles,
    config,
    showSecrets: options['show-secrets'] === true,
    skipUnreadable: options['skip-unreadable'] === true,
    color,
    quiet,
    omitDiagnostics: true,
    language: language.data,
  });
  // Problems with the input go to standard error, like a compiler's, so standard output holds only the report.
  for (const diagnostic of run.report.diagnostics) if (!quiet || diagnostic.level === 'error') process.stderr.write(formatDiagnostic(diagnostic) + '\n');
  if (options.output) {
    try {
      writeFileSync(options.output, run.output);
    } catch (error) {
      throw new InputError(`cannot write --output ${options.output}: ${describeFileError(error)}`);
    }
  } else process.stdout.write(run.output);
  return run.status;
}

function runRules(format: string | undefined): number {
  const catalogue = ruleCatalogue();
  if (format === 'json') {
    process.stdout.write(JSON.stringify(catalogue, null, 2) + '\n');
    return 0;
  }
  if (format !== undefined && format !== 'text') throw new UsageError(`rules supports --format text or json`, 'rules');
  for (const rule of catalogue) process.stdout.write(`${rule.id.padEnd(36)} ${rule.severity.padEnd(9)} ${rule.pillar.padEnd(15)} ${rule.title}\n`);
  process.stdout.write(`\n${catalogue.length} rules. Details: plumbline explain RULE-ID\n`);
  return 0;
}

function runExplain(id: string | undefined): number {
  if (!id) throw new UsageError('explain needs a rule id, e.g. plumbline explain AWS-S3-PUBLIC-ACCESS-BLOCK', 'explain');
  const rule = allRules.find((candidate) => candidate.id === id.toUpperCase());
  if (!rule) throw new InputError(`no rule ${id}; plumbline rules lists them all`);
  const entry = ruleEntry(rule);
  const equivalents = Object.entries(entry.equivalents)
    .filter(([, ids]) => ids && ids.length > 0)
    .map(([tool, ids]) => `${tool}: ${ids!.join(', ')}`);
  const lines = [
    `${entry.id}: ${entry.title}`,
    `Pillar: ${entry.pillar} · Severity: ${entry.severity}`,
    `Reads: ${entry.formats.map((format) => entry.resourceTypes[format]?.join(', ')).join('; ')}`,
    '',
    entry.rationale,
    '',
    ...Format.options
      .filter((format) => entry.fix[format] !== undefined)
      .flatMap((format, index) => [...(index > 0 ? [''] : []), `Fix (${formatLabels[format].name}):`, ...entry.fix[format]!.split('\n').map((line) => `  ${line}`)]),
    '',
    `Guide: ${entry.guideUrl}`,
    ...(equivalents.length > 0 ? [`Same check elsewhere: ${equivalents.join('; ')}`] : []),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

function runBaseline(paths: string[], configPath: string | undefined): number {
  const target = configPath ?? '.plumbline.yml';
  const config = loadConfig(configPath);
  const collected = collectInputs(paths.length > 0 ? paths : ['.'], () => readFileSync(0));
  // Findings already accepted stay accepted; everything else found now joins them.
  const report = checkSources(collected.inputs, { config: { ...config, baseline: [] } });
  const baseline = [
    ...new Map(
      report.findings
        .filter((finding) => !finding.suppressed || finding.suppressed.source === 'baseline')
        .map((finding) => [`${finding.ruleId}|${finding.resource.address}|${finding.file}`, { rule: finding.ruleId, resource: finding.resource.address, file: finding.file }]),
    ).values(),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.resource.localeCompare(b.resource) || a.rule.localeCompare(b.rule));
  const existing = existsSync(target) ? ((load(readFileSync(target, 'utf8')) as Record<string, unknown> | null) ?? {}) : {};
  try {
    writeFileSync(target, dump({ ...existing, baseline }, { lineWidth: 120 }));
  } catch (error) {
    throw new InputError(`cannot write ${target}: ${describeFileError(error)}`);
  }
  process.stdout.write(`wrote ${baseline.length} accepted finding${baseline.length === 1 ? '' : 's'} to ${target}\n`);
  return 0;
}

/**
 * Readiness of the architecture in the paths for the peak the flags describe. Exit 0 when no item fails, 1 when one
 * does, 2 for usage errors and files that could not be found, read or parsed (as `check`).
 */
function runReadiness(args: string[]): number {
  let flags: ReadinessFlags;
  let paths: string[];
  try {
    const parsed = parseArgs({ args, allowPositionals: true, options: readinessFlags });
    flags = parsed.values;
    paths = parsed.positionals;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), 'readiness');
  }
  if (flags.help) {
    process.stdout.write(usage.readiness + '\n');
    return 0;
  }
  try {
    if (paths.length === 0) throw new FlagError('readiness needs at least one path (or - for standard input)');
    const profile = profileFromFlags(flags);
    const format = flags.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new FlagError(`unknown --format "${format}"; use text or json`);
    const language = languageFrom(flags);
    const runbook = runbookRequest(flags);
    const collected = collectInputs(paths, () => readFileSync(0));
    const result = assessSources(collected.inputs, profile, { params: parseParams(flags.param) });
    markUnreadable(result.report, collected.diagnostics);
    const diagnostics = [...collected.diagnostics, ...result.diagnostics];
    for (const diagnostic of diagnostics) process.stderr.write(formatDiagnostic(diagnostic) + '\n');
    const unreadable = diagnostics.some((diagnostic) => diagnostic.level === 'error');
    if (!unreadable && result.checkedFiles.length === 0) throw new InputError(`no CloudFormation template found in ${paths.join(', ')}; nothing to assess`);
    if (runbook) process.stdout.write(runbookMarkdown({ report: result.report, ...runbook }));
    else process.stdout.write(format === 'json' ? JSON.stringify(result.report, null, 2) + '\n' : renderReadinessText(result.report, language));
    if (unreadable) return 2;
    return result.report.summary.fail > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof FlagError) throw new UsageError(error.message, 'readiness');
    throw error;
  }
}

/** A problem with the input or the environment (a file that cannot be written, an unknown rule): one line, exit 2, no usage text. */
class InputError extends Error {}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'the folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'part of the path is not a folder',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
  };
  return (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
}

const options = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  param: { type: 'string', multiple: true, short: 'p' },
  var: { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'show-secrets': { type: 'boolean' },
  'skip-unreadable': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  language: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one command line and returns the exit status; writes the report to stdout and everything else to stderr. */
export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v' || command === '-V') {
    process.stdout.write(`${engineVersion}\n`);
    return 0;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    const topic = commands.find((candidate) => candidate === rest[0]);
    (command ? process.stdout : process.stderr).write(usage[topic ?? 'main'] + '\n');
    return command ? 0 : 2;
  }
  try {
    if (!commands.includes(command as Command)) throw new UsageError(`unknown command "${command}"`);
    const name = command as Command;
    // Readiness has flags of its own; no other command should accept them.
    if (name === 'readiness') return runReadiness(rest);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, allowPositionals: true, options });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error), name);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      process.stdout.write(usage[name] + '\n');
      return 0;
    }
    switch (name) {
      case 'check':
        return runCheck(positionals, values);
      case 'rules':
        return runRules(values.format);
      case 'explain':
        return runExplain(positionals[0]);
      case 'baseline':
        return runBaseline(positionals, values.config);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`plumbline: ${error.message}\n\n${usage[error.command]}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof z.ZodError) {
      process.stderr.write(`plumbline: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** The last line of defence: whatever escapes becomes one line on stderr and exit 2, never a stack trace. */
function reportUnexpected(error: unknown): void {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`plumbline: unexpected error: ${message}\nPlease report it at https://plumbline.dev with the command you ran.\n`);
  process.exit(2);
}

// Run when executed (directly, through npm's bin link, or as the bundle), not when imported.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href || /[\\/]plumbline(\.mjs)?$/.test(process.argv[1] ?? '')) {
  endQuietlyOnClosedPipe(process.stdout);
  process.on('uncaughtException', reportUnexpected);
  try {
    // Reading stays synchronous once the HCL parser (WebAssembly, about 15 ms) is loaded. Should loading fail,
    // the Terraform adapter refuses every Terraform file by name with the reason, so nothing is reported clean unchecked.
    await prepareTerraform(loadTerraformWasmFromNode).catch(() => {});
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    reportUnexpected(error);
  }
}
