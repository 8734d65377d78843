/**
 * The engine's front door: source files in, a report out. Pure: no file system, no clock unless given. It knows
 * input formats only through their adapters (`formats/`): which one reads a file, its scenarios, its model.
 */
import { fileArchitecture, joinArchitectures } from '../architecture/section.ts';
import type { CheckConfig } from '../config.ts';
import type { Format, FormatAdapter, GivenValues, Scenario } from '../formats/format.ts';
import { filesOfUnit } from '../formats/format.ts';
import { candidateAdapters, inputLimits } from '../formats/index.ts';
import type { PeerSuppression, Place, ResourceBase, Suppression } from '../model/types.ts';
import { decodeSource, type DecodeResult } from '../parse/input.ts';
import type { Architecture, Finding, Report } from '../report/schema.ts';
import { reportVersion } from '../report/schema.ts';
import { allRules } from '../rules/index.ts';
import { renderMessage, plainText, type MessageParams } from '../rules/message.ts';
import { phrases } from '../rules/phrases.ts';
import { runCheck, type Rule } from '../rules/rule.ts';
import { conditionParts } from '../report/conditions.ts';
import { defaultNote, defaultParts } from '../report/default-note.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { positionAt } from '../source/file.ts';
import { scoresOf, type Evaluation } from './score.ts';
import { resolvePeerSuppressions, unmappedPeerDiagnostic } from './peer-suppressions.ts';
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
  /** Terraform variables files (`--var-file`), applied to every root after its own `*.auto.tfvars`. */
  varFiles?: { path: string; text: string }[];
  /** Per-file budget (a unit of several files, a Terraform project, gets it once per file); a file that takes longer is reported, not waited on. */
  timeBudgetMs?: number;
}

interface RawFinding {
  rule: Rule;
  resource: ResourceBase;
  at: Place;
  messageId: string;
  params: MessageParams;
  scenarios: Set<number>;
}

interface Outcome {
  findings: Finding[];
  evaluations: Evaluation[];
  diagnostics: Diagnostic[];
  results: Report['files'];
  architecture?: Architecture;
}

const now = () => performance.now();

export function checkSources(inputs: SourceInput[], options: CheckOptions = {}): Report {
  const outcomes = checkUnits(inputs.map(readSource), options);
  const findings = outcomes.flatMap((outcome) => outcome.findings);
  const active = findings.filter((finding) => !finding.suppressed);
  const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const finding of active) bySeverity[finding.severity]++;
  // Files are listed in the order they were given, whichever unit checked them.
  const order = new Map(inputs.map((input, index) => [input.path, index]));
  const files = outcomes.flatMap((outcome) => outcome.results).sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
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
  | { kind: 'source'; adapter: FormatAdapter; source: unknown; diagnostics: Diagnostic[]; parseMs: number }
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
    if (read.kind === 'source') return { kind: 'source', adapter, source: read.source, diagnostics: read.diagnostics, parseMs };
    if (read.kind === 'failed') return { kind: 'failed', diagnostics: read.diagnostics, result: { path: input.path, status: read.status, parseMs } };
    notMine ??= read.reason;
  }
  const message = notMine ?? 'not a template in any format Plumbline reads';
  return { kind: 'failed', diagnostics: [{ level: 'skipped', code: 'not-a-template', message, file: input.path }], result: { path: input.path, status: 'skipped' } };
}

/** The sources read, gathered into units of checking: a file alone, or (Terraform) the files of a module together. */
export function unitsOf(reads: ReadSource[], given: GivenValues): { adapter: FormatAdapter; unit: unknown; diagnostics: Diagnostic[]; parseMs: number; order: number }[] {
  const byAdapter = new Map<FormatAdapter, (Extract<ReadSource, { kind: 'source' }> & { order: number })[]>();
  reads.forEach((read, order) => {
    if (read.kind !== 'source') return;
    const sources = byAdapter.get(read.adapter) ?? [];
    if (sources.length === 0) byAdapter.set(read.adapter, sources);
    sources.push({ ...read, order });
  });
  return [...byAdapter].flatMap(([adapter, sources]) => {
    if (!adapter.units) return sources.map((read) => ({ adapter, unit: read.source, diagnostics: read.diagnostics, parseMs: read.parseMs, order: read.order }));
    const started = now();
    const units = adapter.units(
      sources.map((read) => read.source),
      given,
    );
    const gatherMs = now() - started;
    // A unit that names the file it stands for (a CloudFormation stack) takes that file's place, diagnostics and reading time.
    if (units.every((unit) => unit.source !== undefined)) {
      const claimed = new Set<number>();
      return units.map(({ unit, diagnostics: found, source }) => {
        const read = sources[source!]!;
        const first = !claimed.has(source!);
        claimed.add(source!);
        return { adapter, unit, diagnostics: [...(first ? read.diagnostics : []), ...found], parseMs: first ? read.parseMs + gatherMs / sources.length : 0, order: read.order };
      });
    }
    const readMs = sources.reduce((sum, read) => sum + read.parseMs, 0) + gatherMs;
    const diagnostics = sources.flatMap((read) => read.diagnostics);
    // Diagnostics and reading time of the files belong to the first unit; units share their files' reading.
    const order = sources[0]!.order;
    return units.map(({ unit, diagnostics: found }, index) => ({ adapter, unit, diagnostics: [...(index === 0 ? diagnostics : []), ...found], parseMs: index === 0 ? readMs : 0, order }));
  });
}

/** Outcomes in the order of the inputs (a unit of several files at its first file), so diagnostics read in file order. */
function checkUnits(reads: ReadSource[], options: CheckOptions): Outcome[] {
  const failed = reads.flatMap((read, order) => (read.kind === 'failed' ? [{ order, outcome: { findings: [], evaluations: [], diagnostics: read.diagnostics, results: [read.result] } }] : []));
  const checked = unitsOf(reads, { params: paramsOf(options), varFiles: options.varFiles ?? [] }).map(({ adapter, unit, diagnostics, parseMs, order }) => {
    const started = now();
    const { kinds, ...outcome } = runRules(adapter, unit, options, started - parseMs, diagnostics);
    const checkMs = now() - started;
    const members = filesOfUnit(adapter, unit);
    const results = members.map((member) => ({
      path: member.path,
      status: outcome.timedOut ? ('error' as const) : ('checked' as const),
      format: adapter.format,
      resources: member.resources,
      parseMs: round(parseMs / members.length),
      checkMs: round(checkMs / members.length),
    }));
    return { order, outcome: { ...outcome, diagnostics, results, architecture: fileArchitecture(adapter.references(unit), kinds) } };
  });
  return [...failed, ...checked].sort((a, b) => a.order - b.order).map(({ outcome }) => outcome);
}

/** Values the user pinned: config file first, the command line wins. */
const paramsOf = (options: CheckOptions) => new Map(Object.entries({ ...options.config?.params, ...options.params }));

const round = (ms: number) => Math.round(ms * 1000) / 1000;

function runRules(adapter: FormatAdapter, source: unknown, options: CheckOptions, started: number, diagnostics: Diagnostic[]) {
  const rules = options.rules ?? allRules;
  // Budgets are per file: a Terraform project of 500 files is one unit, and must not share one file's budget.
  const budget = (options.timeBudgetMs ?? 5000) * Math.max(1, filesOfUnit(adapter, source).length);
  const params = paramsOf(options);
  const scenarios = adapter.scenarios(source, params);
  const raw = new Map<string, RawFinding>();
  const evaluated = new Map<string, { rule: Rule; resource: ResourceBase }>();
  const suppressionCache = new Map<string, Suppression[]>();
  // The first kind built for an address is its own (a function before the policies of its generated role).
  const kinds = new Map<string, string>();
  // Peer ids map through every rule's equivalents, not only the rules selected: a skip for a rule left out is not unknown.
  const unmappedPeers = new Map<string, PeerSuppression>();
  const suppressionsOf = (name: string) => {
    let cached = suppressionCache.get(name);
    if (!cached) suppressionCache.set(name, (cached = resolvePeerSuppressions(adapter.suppressions(source, name), allRules, unmappedPeers)));
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
        diagnostics.push({
          level: 'error',
          code: 'time-budget',
          message: `checking took longer than ${budget} ms and was stopped at rule ${rule.id}; findings may be incomplete`,
          file: adapter.fileOf(source).path,
        });
        return;
      }
      for (const kind of rule.reads) for (const resource of model.of(kind)) evaluated.set(`${rule.id}\0${resource.at.file.path}\0${resource.address}`, { rule, resource });
      runCheck(rule, model, (resource, at, messageId, params = {}) => {
        const key = `${rule.id}\0${resource.address}\0${at.file.path}\0${at.start}\0${at.pointer}`;
        const existing = raw.get(key);
        if (existing) existing.scenarios.add(index);
        else raw.set(key, { rule, resource, at, messageId, params, scenarios: new Set([index]) });
      });
    }
  });

  const unmapped = unmappedPeerDiagnostic(unmappedPeers, adapter.fileOf(source).path);
  if (unmapped) diagnostics.push(unmapped);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const used = adapter.conditionNames(source);
  const findingOf = new Map([...raw.values()].map((finding) => [finding, toFinding(finding, adapter.format, scenarios, used, options, today)]));
  const findings = [...findingOf.values()];
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const failedPairs = new Set(
    [...raw.values()].filter((finding) => !findingOf.get(finding)?.suppressed).map((finding) => `${finding.rule.id}\0${finding.resource.at.file.path}\0${finding.resource.address}`),
  );
  const evaluations: Evaluation[] = [...evaluated.entries()].map(([key, { rule }]) => ({ pillar: rule.pillar, severity: rule.severity, failed: failedPairs.has(key) }));
  return { findings, evaluations, timedOut, kinds };
}

/**
 * The fewest conditions whose values separate the scenarios where the finding occurs from the others: "only when
 * IsProd is false", not every condition those scenarios happen to share. Fixed wherever the finding occurs, and
 * together false in every scenario where it does not; when no such set exists, every condition fixed where it occurs.
 */
function conditionsOf(occurs: Set<number>, scenarios: Scenario[], used: string[]): Finding['conditions'] {
  if (occurs.size === scenarios.length) return undefined;
  const fixed: { name: string; value: boolean }[] = [];
  for (const name of used) {
    const values = new Set([...occurs].map((index) => scenarios[index]!.conditions.get(name)));
    const everywhere = new Set(scenarios.map((scenario) => scenario.conditions.get(name)));
    const [value] = values;
    if (values.size === 1 && everywhere.size > 1 && typeof value === 'boolean') fixed.push({ name, value });
  }
  const others = scenarios.filter((_, index) => !occurs.has(index));
  const separates = (set: typeof fixed) => others.every((scenario) => set.some(({ name, value }) => scenario.conditions.get(name) !== value));
  for (let size = 1; size <= Math.min(3, fixed.length); size++) {
    const found = subsetsOf(fixed, size).find(separates);
    if (found) return found;
  }
  return fixed;
}

/** Subsets of `items` of the given size, in order (earlier items first). */
function subsetsOf<T>(items: readonly T[], size: number, from = 0): T[][] {
  if (size === 0) return [[]];
  const result: T[][] = [];
  for (let index = from; index <= items.length - size; index++) for (const rest of subsetsOf(items, size - 1, index + 1)) result.push([items[index]!, ...rest]);
  return result;
}

/** Whether the finding holds in the deployment with every parameter at its default; undefined when no scenario is it. */
function inDefaultDeployment(occurs: Set<number>, scenarios: Scenario[]): boolean | undefined {
  const index = scenarios.findIndex((scenario) => scenario.isDefault);
  return index === -1 ? undefined : occurs.has(index);
}

function toFinding(raw: RawFinding, format: Format, scenarios: Scenario[], used: string[], options: CheckOptions, today: string): Finding {
  const { rule, resource, at } = raw;
  const start = positionAt(at.file, at.start);
  const end = positionAt(at.file, Math.max(at.start, at.end));
  const conditions = conditionsOf(raw.scenarios, scenarios, used);
  const inDefault = conditions && conditions.length > 0 ? inDefaultDeployment(raw.scenarios, scenarios) : undefined;
  const base = (options.guideBaseUrl ?? 'https://plumbline.dev').replace(/\/$/, '');
  const template = rule.messages[raw.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported the message "${raw.messageId}", which it does not declare`);
  const fromDefault = defaultNote(at);
  const message = plainText([...renderMessage(template, raw.params, 'en', phrases), ...defaultParts(fromDefault, at.file.path, 'en'), ...conditionParts(conditions ?? [], 'en', inDefault)]);
  const finding: Finding = {
    ruleId: rule.id,
    title: rule.problem,
    severity: rule.messageSeverity?.[raw.messageId] ?? rule.severity,
    pillar: rule.pillar,
    message,
    messageId: raw.messageId,
    params: raw.params,
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
  if (inDefault !== undefined) finding.inDefaultDeployment = inDefault;
  if (fromDefault) finding.fromDefault = fromDefault;
  const candidates = [...resource.suppressions.filter((suppression) => suppression.ruleId === rule.id), ...configSuppressions(rule.id, resource, at.file.path, options.config)];
  const active = candidates.find((suppression) => !isExpired(suppression, today));
  const toSuppressed = (suppression: Suppression) => ({
    reason: suppression.reason,
    source: suppression.source,
    ...(suppression.expires ? { expires: suppression.expires } : {}),
    ...(suppression.peer ? { tool: suppression.peer.tool, peerId: suppression.peer.id } : {}),
  });
  if (active) finding.suppressed = toSuppressed(active);
  else if (candidates[0]) finding.expiredSuppression = toSuppressed(candidates[0]);
  return finding;
}
