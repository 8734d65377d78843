/**
 * A Terraform plan (`terraform show -json plan.out`) read into the same resources as the configuration:
 * exact values from `planned_values` (the root module and every child module), positions pointing into the
 * JSON, and what `resource_changes[].change.after_unknown` marks as known only after apply kept unknown. An
 * unknown argument whose configuration expression refers to exactly one resource (directly, through a module
 * output or through a module variable) becomes a reference to it, so sub-resources still link to their bucket
 * or security group as they do when the `.tf` files are read.
 *
 * A provider also marks unknown every Optional+Computed argument the configuration leaves out
 * (`backup_retention_period`, `multi_az`, an `aws_s3_bucket`'s inline `versioning` or `policy`): the cloud
 * picks the value, exactly as when the argument is absent from a `.tf` file. `configuration` tells the two
 * apart: an argument with no expression there is "not set", as in HCL, and one written as an expression known
 * only after apply stays unknown.
 */
import { entryOf, type MapNode, type Node } from '../parse/tree.ts';
import { diagnosticAt, type Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/file.ts';
import { readJson } from './json/read.ts';
import type { TfResource } from './project/resource.ts';
import { jsonValue } from './project/variables.ts';
import { publish, type Entry, type Value } from './values.ts';

export function readPlan(file: SourceFile): { resources: TfResource[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const root = readJson(file, diagnostics);
  if (!root) return { resources: [], diagnostics };
  const planned = root.kind === 'map' ? valueAt(root, 'planned_values', 'root_module') : undefined;
  if (planned?.kind !== 'map') {
    diagnostics.push(diagnosticAt(file, root.start, 'error', 'terraform-plan', 'not a Terraform plan: "planned_values.root_module" is missing (write it with `terraform show -json plan.out`)'));
    return { resources: [], diagnostics };
  }
  const plan = new PlanReader(file, root as MapNode);
  plan.module(planned, { module: valueAt(root, 'configuration', 'root_module'), prefix: '' });
  return { resources: plan.resources, diagnostics };
}

function valueAt(node: Node | undefined, ...path: string[]): Node | undefined {
  let current = node;
  for (const key of path) current = current?.kind === 'map' ? entryOf(current, key)?.value : undefined;
  return current;
}

function text(node: Node | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

function maps(node: Node | undefined): MapNode[] {
  return node?.kind === 'seq' ? node.items.filter((item): item is MapNode => item.kind === 'map') : [];
}

/** `module.net["a"].module.db` → `['net["a"]', 'db']` */
export function modulePathOf(address: string): string[] {
  return [...address.matchAll(/module\.([^.[\s]+)((?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?)/g)].map((match) => `${match[1]}${match[2]}`);
}

class PlanReader {
  readonly resources: TfResource[] = [];
  private readonly file: SourceFile;
  private readonly unknowns = new Map<string, Node>();

  constructor(file: SourceFile, root: MapNode) {
    this.file = file;
    for (const change of maps(valueAt(root, 'resource_changes'))) {
      const address = text(valueAt(change, 'address'));
      const afterUnknown = valueAt(change, 'change', 'after_unknown');
      if (address && afterUnknown) this.unknowns.set(address, afterUnknown);
    }
  }

  /** One module of `planned_values` with its configuration (`module_calls` nest as `child_modules` do). */
  module(planned: MapNode, scope: ReferenceScope): void {
    const configs = new Map<string, MapNode>();
    for (const resource of maps(valueAt(scope.module, 'resources'))) {
      const address = text(valueAt(resource, 'address'));
      if (address) configs.set(address, resource);
    }
    for (const resource of maps(valueAt(planned, 'resources'))) this.resource(resource, configs, scope);
    for (const child of maps(valueAt(planned, 'child_modules'))) {
      const address = text(valueAt(child, 'address')) ?? '';
      const call = modulePathOf(address).pop()?.replace(/\[.*$/, '') ?? '';
      this.module(child, callScope(scope, call, `${address}.`));
    }
  }

  private resource(node: MapNode, configs: Map<string, MapNode>, scope: ReferenceScope): void {
    const addressEntry = entryOf(node, 'address');
    const address = text(addressEntry?.value);
    const type = text(valueAt(node, 'type'));
    const name = text(valueAt(node, 'name'));
    if (!addressEntry || !address || !type || !name) return;
    const mode = text(valueAt(node, 'mode')) === 'data' ? 'data' : 'managed';
    const values = valueAt(node, 'values');
    let body: Value = values ? jsonValue(values) : { kind: 'map', entries: new Map(), start: node.start, end: node.end };
    const config = configs.get(`${mode === 'data' ? 'data.' : ''}${type}.${name}`);
    const unknown = this.unknowns.get(address);
    // A resource with no arguments has no `expressions` at all; one missing from `configuration` tells nothing.
    if (unknown) body = this.markUnknown(body, unknown, config ? [valueAt(config, 'expressions')] : undefined, scope);
    this.resources.push({
      mode,
      type,
      name,
      address,
      modulePath: modulePathOf(scope.prefix),
      file: this.file,
      start: addressEntry.keyStart,
      end: node.end,
      headerEnd: addressEntry.value.end,
      body: publish(markBlocks(body)),
      comments: [],
    });
  }

  /**
   * Overlays `after_unknown` on the planned values: `true` is unknown (or a reference, see the module comment),
   * unless the configuration shows the argument is not written, when it is not set.
   */
  private markUnknown(value: Value, unknown: Node, written: Written | undefined, scope: ReferenceScope): Value {
    if (unknown.kind === 'scalar') {
      if (unknown.value !== true) return value;
      return this.referenceOf(written?.[0], scope, unknown) ?? { kind: 'unknown', why: 'known only after apply', start: unknown.start, end: unknown.end };
    }
    if (unknown.kind === 'map') {
      const entries = new Map<string, Entry>(value.kind === 'map' ? value.entries : []);
      for (const entry of unknown.entries) {
        const inner = entries.get(entry.key);
        if (written && entry.value.kind === 'scalar' && entry.value.value === true && !writesKey(written, entry.key)) continue;
        const base: Value = inner?.value ?? { kind: 'null', start: entry.keyStart, end: entry.value.end };
        const marked = this.markUnknown(base, entry.value, written && writtenWithin(written, entry.key), scope);
        if (marked !== base || inner) entries.set(entry.key, { keyStart: inner?.keyStart ?? entry.keyStart, end: inner?.end ?? entry.value.end, value: marked });
      }
      return value.kind === 'map' ? { ...value, entries } : value;
    }
    if (value.kind !== 'seq') return value;
    // The blocks written, in order; a list of another length comes (partly) from dynamic blocks, which are not there.
    const positional = written?.[0];
    const blocks = positional?.kind === 'seq' && positional.items.length === value.items.length ? positional.items : undefined;
    const elsewhere = blocks ? written!.slice(1).flatMap((candidate) => (candidate?.kind === 'seq' ? candidate.items : [])) : [];
    const items = value.items.map((item, index) => {
      const marker = unknown.items[index];
      const candidates = blocks && [blocks[index], ...blocks.filter((_, other) => other !== index), ...elsewhere];
      return marker ? this.markUnknown(item, marker, candidates, scope) : item;
    });
    return { ...value, items };
  }

  /**
   * A reference to one resource, from the configuration's `references` (`["aws_s3_bucket.logs.id", "aws_s3_bucket.logs"]`),
   * followed through a module output to the resource behind it and through a module variable to what the call passes.
   */
  private referenceOf(expression: Node | undefined, scope: ReferenceScope, at: { start: number; end: number }, depth = 0): Value | undefined {
    const references = valueAt(expression, 'references');
    if (references?.kind !== 'seq' || depth > 16) return undefined;
    const names = references.items.map(text).filter((name): name is string => name !== undefined);
    const outputs = names.map((name) => /^module\.([^.[]+)\.([^.[]+)$/.exec(name)).filter((match) => match !== null);
    if (outputs.length === 1 && names.every((name) => name.startsWith(`module.${outputs[0]![1]}`))) {
      const [, call = '', output = ''] = outputs[0]!;
      if (valueAt(scope.module, 'module_calls', call, 'count_expression') || valueAt(scope.module, 'module_calls', call, 'for_each_expression')) return undefined;
      const child = callScope(scope, call, `${scope.prefix}module.${call}.`);
      return this.referenceOf(valueAt(child.module, 'outputs', output, 'expression'), child, at, depth + 1);
    }
    const variable = names.length === 1 ? /^var\.([\w-]+)$/.exec(names[0]!)?.[1] : undefined;
    if (variable !== undefined && scope.caller) return this.referenceOf(valueAt(scope.caller.expressions, variable), scope.caller.scope, at, depth + 1);
    if (names.some((name) => /^(var|local|module|path|count|each|self|terraform)\./.test(name))) return undefined;
    // `aws_s3_bucket.logs[0].id`, `aws_s3_bucket.logs[0]`, `aws_s3_bucket.logs`: one resource, named ever more briefly.
    const parsed = names.map((name) => /^((?:data\.)?[a-z][\w-]*\.[\w-]+)(\[[^\]]+\])?(?:\.(\w+))?/.exec(name));
    const target = parsed[0]?.[1];
    if (!target || parsed.some((match) => match?.[1] !== target)) return undefined;
    const index = parsed.find((match) => match?.[2])?.[2] ?? '';
    const attribute = parsed.find((match) => match?.[3])?.[3];
    const ref: Value = { kind: 'ref', address: `${scope.prefix}${target}${index}`, start: at.start, end: at.end };
    return attribute === undefined ? ref : { ...ref, attribute };
  }
}

interface ReferenceScope {
  /** The module's configuration, for following `module.x.output` to the resource behind it. */
  module: Node | undefined;
  /** Address prefix of the module: `''` or `module.net.`. */
  prefix: string;
  /** The `module` block that calls this module, for following `var.x` to the expression passed in. */
  caller?: { expressions: Node | undefined; scope: ReferenceScope };
}

/** The scope inside module `call` of `scope`'s module, at address prefix `prefix`. */
function callScope(scope: ReferenceScope, call: string, prefix: string): ReferenceScope {
  const configuration = valueAt(scope.module, 'module_calls', call);
  return { module: valueAt(configuration, 'module'), prefix, caller: { expressions: valueAt(configuration, 'expressions'), scope } };
}

/**
 * The configuration's expressions a planned value may come from: those at its own position first, then those of
 * the other blocks of its list or set (a set lists its blocks in its own order). `undefined` when the
 * configuration does not show where the value comes from (a dynamic block), so nothing in it is "not set".
 */
type Written = (Node | undefined)[];

/**
 * One expression (`{"references": […]}`, `{"constant_value": …}`) rather than the expressions of a nested block.
 * An expression that is neither (a function known only after apply) is `{}`, so an empty map is taken as one.
 */
function isExpression(node: Node | undefined): boolean {
  return node?.kind === 'map' && node.entries.every((entry) => entry.key === 'references' || entry.key === 'constant_value');
}

/** Whether any block the value may come from writes `key`, or an argument written whole may hold it. */
const writesKey = (written: Written, key: string): boolean => written.some((candidate) => isExpression(candidate) || valueAt(candidate, key) !== undefined);

/** The expressions for `key` inside the value; `undefined` inside an argument written whole, or where none is written. */
function writtenWithin(written: Written, key: string): Written | undefined {
  if (written.some(isExpression)) return undefined;
  const within = written.map((candidate) => valueAt(candidate, key));
  return within.some((candidate) => candidate !== undefined) ? within : undefined;
}

/** Nested blocks are arrays of objects in a plan: marked as blocks, as the HCL reader marks them. */
function markBlocks(value: Value): Value {
  if (value.kind === 'map') {
    const entries = new Map<string, Entry>();
    for (const [key, entry] of value.entries) entries.set(key, { ...entry, value: markBlocks(entry.value) });
    return { ...value, entries };
  }
  if (value.kind !== 'seq') return value;
  const items = value.items.map(markBlocks);
  const blocks = items.length > 0 && items.every((item) => item.kind === 'map');
  return { ...value, items: blocks ? items.map((item) => (item.kind === 'map' ? { ...item, block: true as const } : item)) : items };
}
