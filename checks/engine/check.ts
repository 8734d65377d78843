/**
 * The engine's front door: source files in, a report out. Pure: no file system, no clock unless given. It knows
 * input formats only through their adapters (`formats/`): which one reads a file, its scenarios, its model.
 */
import { fileArchitecture, joinArchitectures } from '../architecture/section.ts';
import type { CheckConfig } from '../config.ts';
import type { Format, FormatAdapter, Scenario } from '../formats/format.ts';
import { candidateAdapters, inputLimits } from '../formats/index.ts';
import type { Place, ResourceBase, Suppression } from '../model/types.ts';
import { decodeSource, type DecodeResult } from '../parse/input.ts';
import type { Architecture, Finding, Report } from '../report/schema.ts';
import { reportVersion } from '../report/schema.ts';
import { allRules } from '../rules/index.ts';
import type { Rule } from '../rules/rule.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { positionAt } from '../source/file.ts';
import { scoresOf, type Evaluation } from './score.ts';
import { configSuppressions, isExpired } from './suppressions.ts';

export const engineVersion = '0.1.0';

export interface SourceInput {
  path: string;
  /** Text, or raw bytes (decoded as UTF-8, with binary and oversize files refused). */
  content: string | Uint8Array;
}

export interface CheckOptions {
  /** Parameter values (`--param Key=Value`); they win over template defaults. */
  params?: Record<string, string>;
  config?: Partial<CheckConfig>;
  /** Today, for suppression expiry; defaults to the current date. */
  today?: string;
  rules?: Rule[];
  /** Where guide links point. */
  guideBaseUrl?: string;
  /** Per-file budget; a file that takes longer is reported, not waited on. */
  timeBudgetMs?: number;
}

interface RawFinding {
  rule: Rule;
  resource: ResourceBase;
  at: Place;
  message: string;
  scenarios: Set<number>;
}

interface FileOutcome {
  findings: Finding[];
  evaluations: Evaluation[];
  diagnostics: Diagnostic[];
  result: Report['files'][number];
  architecture?: Architecture;
}

const now = () => performance.now();

export function checkSources(inputs: SourceInput[], options: CheckOptions = {}): Report {
  const outcomes = inputs.map((input) => checkOne(input, options));
  const findings = outcomes.flatMap((outcome) => outcome.findings);
  const active = findings.filter((finding) => !finding.suppressed);
  const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const finding of active) bySeverity[finding.severity]++;
  const files = outcomes.map((outcome) => outcome.result);
  const architecture = joinArchitectures(outcomes.flatMap((outcome) => outcome.architecture ?? []));
  return {
    version: reportVersion,
    tool: { name: 'plumbline', version: engineVersion },
    summary: {
      files: files.length,
      checked: files.filter((file) => file.status === 'checked').length,
      skipped: files.filter((file) => file.status === 'skipped').length,
      errors: files.filter((file) => file.status === 'error').length,
      findings: active.length,
      suppressed: findings.length - active.length,
      bySeverity,
    },
    scores: scoresOf(outcomes.flatMap((outcome) => outcome.evaluations)),
    findings,
    diagnostics: outcomes.flatMap((outcome) => outcome.diagnostics),
    files,
    ...(architecture ? { architecture } : {}),
  };
}

/** Decodes an input's bytes as the engine does, refusing files larger than any format accepts. */
export function decodeInput(path: string, bytes: Uint8Array): DecodeResult {
  return decodeSource(path, bytes, inputLimits);
}

/** A source file read by the adapter of its format: its source tree, or why there is none (as the file's result). */
export type ReadSource =
  | { kind: 'source'; adapter: FormatAdapter; source: unknown; diagnostics: Diagnostic[]; started: number; parseMs: number }
  | { kind: 'failed'; diagnostics: Diagnostic[]; result: Report['files'][number] };

/**
 * Decode one input and read it with the first adapter that claims it, exactly as `checkSources` does, so every
 * door into the engine (checks, readiness) refuses and skips the same files with the same diagnostics.
 */
export function readSource(input: SourceInput): ReadSource {
  let text: string;
  if (typeof input.content === 'string') text = input.content;
  else {
    const decoded = decodeInput(input.path, input.content);
    if (!decoded.ok) return { kind: 'failed', diagnostics: [decoded.diagnostic], result: { path: input.path, status: 'error' } };
    text = decoded.text;
  }
  const started = now();
  let notMine: string | undefined;
  for (const adapter of candidateAdapters(input.path, text)) {
    const read = adapter.read(input.path, text);
    const parseMs = now() - started;
    if (read.kind === 'source') return { kind: 'source', adapter, source: read.source, diagnostics: read.diagnostics, started, parseMs };
    if (read.kind === 'failed') return { kind: 'failed', diagnostics: read.diagnostics, result: { path: input.path, status: read.status, parseMs } };
    notMine ??= read.reason;
  }
  const message = notMine ?? 'not a template in any format Plumbline reads';
  return { kind: 'failed', diagnostics: [{ level: 'skipped', code: 'not-a-template', message, file: input.path }], result: { path: input.path, status: 'skipped' } };
}

function checkOne(input: SourceInput, options: CheckOptions): FileOutcome {
  const read = readSource(input);
  if (read.kind === 'failed') return { findings: [], evaluations: [], diagnostics: read.diagnostics, result: read.result };
  const { adapter, source, diagnostics, started, parseMs } = read;
  const { kinds, ...outcome } = runRules(adapter, source, options, started, diagnostics);
  return {
    ...outcome,
    diagnostics,
    architecture: fileArchitecture(adapter.references(source), kinds),
    result: {
      path: input.path,
      status: outcome.timedOut ? 'error' : 'checked',
      format: adapter.format,
      resources: adapter.resourceCount(source),
      parseMs: round(parseMs),
      checkMs: round(now() - started - parseMs),
    },
  };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

function runRules(adapter: FormatAdapter, source: unknown, options: CheckOptions, started: number, diagnostics: Diagnostic[]) {
  const rules = options.rules ?? allRules;
  const budget = options.timeBudgetMs ?? 5000;
  const params = new Map(Object.entries({ ...options.config?.params, ...options.params }));
  const scenarios = adapter.scenarios(source, params);
  const raw = new Map<string, RawFinding>();
  const evaluated = new Map<string, { rule: Rule; resource: ResourceBase }>();
  const suppressionCache = new Map<string, Suppression[]>();
  // The first kind built for an address is its own (a function before the policies of its generated role).
  const kinds = new Map<string, string>();
  const suppressionsOf = (name: string) => {
    let cached = suppressionCache.get(name);
    if (!cached) suppressionCache.set(name, (cached = adapter.suppressions(source, name)));
    return cached;
  };
  let timedOut = false;

  scenarios.forEach((scenario, index) => {
    if (timedOut) return;
    const model = adapter.build(source, scenario, params, suppressionsOf);
    for (const resource of model.resources) if (!kinds.has(resource.address)) kinds.set(resource.address, resource.kind);
    for (const rule of rules) {
      if (now() - started > budget) {
        timedOut = true;
        diagnostics.push({ level: 'error', code: 'time-budget', message: `checking took longer than ${budget} ms and was stopped at rule ${rule.id}; findings may be incomplete`, file: adapter.fileOf(source).path });
        return;
      }
      for (const kind of rule.reads) for (const resource of model.of(kind)) evaluated.set(`${rule.id}\0${resource.address}`, { rule, resource });
      rule.check(model, (resource, at, message) => {
        const key = `${rule.id}\0${resource.address}\0${at.start}\0${at.pointer}`;
        const existing = raw.get(key);
        if (existing) existing.scenarios.add(index);
        else raw.set(key, { rule, resource, at, message, scenarios: new Set([index]) });
      });
    }
  });

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const used = adapter.conditionNames(source);
  const findings = [...raw.values()].map((finding) => toFinding(finding, adapter.format, scenarios, used, options, today));
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const failedPairs = new Set(findings.filter((finding) => !finding.suppressed).map((finding) => `${finding.ruleId}\0${finding.resource.address}`));
  const evaluations: Evaluation[] = [...evaluated.entries()].map(([key, { rule }]) => ({ pillar: rule.pillar, severity: rule.severity, failed: failedPairs.has(key) }));
  return { findings, evaluations, timedOut, kinds };
}

/** The conditions whose value is fixed wherever the finding occurs but not everywhere: "only when IsProd is false". */
function conditionsOf(occurs: Set<number>, scenarios: Scenario[], used: string[]): Finding['conditions'] {
  if (occurs.size === scenarios.length) return undefined;
  const named: { name: string; value: boolean }[] = [];
  for (const name of used) {
    const values = new Set([...occurs].map((index) => scenarios[index]!.conditions.get(name)));
    const everywhere = new Set(scenarios.map((scenario) => scenario.conditions.get(name)));
    const [value] = values;
    if (values.size === 1 && everywhere.size > 1 && typeof value === 'boolean') named.push({ name, value });
  }
  return named;
}

function toFinding(raw: RawFinding, format: Format, scenarios: Scenario[], used: string[], options: CheckOptions, today: string): Finding {
  const { rule, resource, at } = raw;
  const start = positionAt(at.file, at.start);
  const end = positionAt(at.file, Math.max(at.start, at.end));
  const conditions = conditionsOf(raw.scenarios, scenarios, used);
  const base = (options.guideBaseUrl ?? 'https://plumbline.dev').replace(/\/$/, '');
  let message = raw.message;
  if (conditions && conditions.length > 0) {
    message += ` (only when ${conditions.map((condition) => `condition ${condition.name} is ${condition.value}`).join(' and ')})`;
  }
  const finding: Finding = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    pillar: rule.pillar,
    message,
    file: at.file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    pointer: at.pointer,
    resource: { type: resource.sourceType, name: resource.name, address: resource.address },
    fix: { format, snippet: rule.fix[format] ?? '' },
    guide: `${base}/guides/${rule.guide}/`,
  };
  if (conditions && conditions.length > 0) finding.conditions = conditions;
  const candidates = [...resource.suppressions.filter((suppression) => suppression.ruleId === rule.id), ...configSuppressions(rule.id, resource, at.file.path, options.config)];
  const active = candidates.find((suppression) => !isExpired(suppression, today));
  const toSuppressed = (suppression: Suppression) => ({ reason: suppression.reason, source: suppression.source, ...(suppression.expires ? { expires: suppression.expires } : {}) });
  if (active) finding.suppressed = toSuppressed(active);
  else if (candidates[0]) finding.expiredSuppression = toSuppressed(candidates[0]);
  return finding;
}
