#!/usr/bin/env node
/** `plumbline`: the check engine on the command line, for laptops and CI. Exit 0 clean, 1 findings, 2 usage or input errors. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dump, load } from 'js-yaml';
import { z } from 'zod';
import { checkCollected, outputFormats, type OutputFormat } from './cli/check-run.ts';
import { collectInputs } from './cli/files.ts';
import { CheckConfig } from './config.ts';
import { checkSources, engineVersion } from './engine/check.ts';
import { ruleCatalogue, ruleEntry } from './rules/catalogue.ts';
import { allRules } from './rules/index.ts';
import { severityOrder, type Severity } from './rules/rule.ts';

const usage = `Usage:
  plumbline check <paths…|-> [--format text|json|sarif|markdown|junit] [--output FILE]
                  [--fail-on critical|high|medium|low|none] [--param Key=Value]… [--config FILE]
                  [--show-secrets]
  plumbline rules [--format text|json]
  plumbline explain RULE-ID
  plumbline baseline [paths…] [--config FILE]

Checks CloudFormation templates (YAML or JSON, SAM included) against Well-Architected best practices.
Directories are walked for .yaml, .yml, .json and .template files; - reads one template from standard input.
Values that look like secrets are masked (█) in the source lines printed; --show-secrets prints them as written.
Exit status: 0 no findings at or above --fail-on (default: low), 1 findings at or above it, 2 usage or input errors.`;

class UsageError extends Error {}

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

function parseParams(values: string[] | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const value of values ?? []) {
    const equals = value.indexOf('=');
    if (equals <= 0) throw new UsageError(`--param expects Key=Value, got "${value}"`);
    params[value.slice(0, equals)] = value.slice(equals + 1);
  }
  return params;
}

interface CheckFlags {
  format?: string | undefined;
  output?: string | undefined;
  'fail-on'?: string | undefined;
  param?: string[] | undefined;
  config?: string | undefined;
  /** Print source lines as written instead of masking the secrets in them. */
  'show-secrets'?: boolean | undefined;
}

function runCheck(paths: string[], options: CheckFlags): number {
  if (paths.length === 0) throw new UsageError('check needs at least one path (or - for standard input)');
  const format = (options.format ?? 'text') as OutputFormat;
  if (!outputFormats.includes(format)) throw new UsageError(`unknown --format "${options.format}"; use one of ${outputFormats.join(', ')}`);
  const config = loadConfig(options.config);
  const failOn = options['fail-on'] ?? config.failOn ?? 'low';
  if (failOn !== 'none' && !severityOrder.includes(failOn as Severity)) throw new UsageError(`unknown --fail-on "${failOn}"; use critical, high, medium, low or none`);

  const collected = collectInputs(paths, () => readFileSync(0));
  const color = format === 'text' && !options.output && process.stdout.isTTY === true && !process.env['NO_COLOR'];
  const run = checkCollected(collected, { format, failOn: failOn as Severity | 'none', params: parseParams(options.param), config, showSecrets: options['show-secrets'] === true, color });
  if (options.output) writeFileSync(options.output, run.output);
  else process.stdout.write(run.output);
  return run.status;
}

function runRules(format: string | undefined): number {
  const catalogue = ruleCatalogue();
  if (format === 'json') {
    process.stdout.write(JSON.stringify(catalogue, null, 2) + '\n');
    return 0;
  }
  if (format !== undefined && format !== 'text') throw new UsageError(`rules supports --format text or json`);
  for (const rule of catalogue) process.stdout.write(`${rule.id.padEnd(36)} ${rule.severity.padEnd(9)} ${rule.pillar.padEnd(15)} ${rule.title}\n`);
  process.stdout.write(`\n${catalogue.length} rules. Details: plumbline explain RULE-ID\n`);
  return 0;
}

function runExplain(id: string | undefined): number {
  if (!id) throw new UsageError('explain needs a rule id, e.g. plumbline explain AWS-S3-PUBLIC-ACCESS-BLOCK');
  const rule = allRules.find((candidate) => candidate.id === id.toUpperCase());
  if (!rule) throw new UsageError(`no rule ${id}; plumbline rules lists them all`);
  const entry = ruleEntry(rule);
  const equivalents = Object.entries(entry.equivalents)
    .filter(([, ids]) => ids && ids.length > 0)
    .map(([tool, ids]) => `${tool}: ${ids!.join(', ')}`);
  const lines = [
    `${entry.id}: ${entry.title}`,
    `Pillar: ${entry.pillar} · Severity: ${entry.severity}`,
    `Reads: ${entry.resourceTypes.cloudformation?.join(', ')}`,
    '',
    entry.rationale,
    '',
    'Fix (CloudFormation):',
    ...entry.fix.cloudformation.split('\n').map((line) => `  ${line}`),
    ...(entry.fix.terraform ? ['', 'Fix (Terraform):', ...entry.fix.terraform.split('\n').map((line) => `  ${line}`)] : []),
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
  const baseline = [...new Map(report.findings.filter((finding) => !finding.suppressed || finding.suppressed.source === 'baseline').map((finding) => [`${finding.ruleId}|${finding.resource.address}|${finding.file}`, { rule: finding.ruleId, resource: finding.resource.address, file: finding.file }])).values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.resource.localeCompare(b.resource) || a.rule.localeCompare(b.rule),
  );
  const existing = existsSync(target) ? ((load(readFileSync(target, 'utf8')) as Record<string, unknown> | null) ?? {}) : {};
  writeFileSync(target, dump({ ...existing, baseline }, { lineWidth: 120 }));
  process.stdout.write(`wrote ${baseline.length} accepted finding${baseline.length === 1 ? '' : 's'} to ${target}\n`);
  return 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${engineVersion}\n`);
    return 0;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage + '\n');
    return command ? 0 : 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        param: { type: 'string', multiple: true, short: 'p' },
        config: { type: 'string', short: 'c' },
        'show-secrets': { type: 'boolean' },
      },
    });
    switch (command) {
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
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`plumbline: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof z.ZodError) {
      process.stderr.write(`plumbline: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/plumbline')) {
  process.exitCode = main(process.argv.slice(2));
}
