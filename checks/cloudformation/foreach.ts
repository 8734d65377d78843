/**
 * `Fn::ForEach` (the AWS::LanguageExtensions transform) expanded on the document tree, before the template is
 * indexed: every generated node keeps the position of the node it was copied from in the loop body, so a finding on
 * `TopicSuccess` points at the line inside the loop. Substitution follows the transform: `${Id}` and `&{Id}` (the
 * value without its non-alphanumeric characters) in keys and in `Fn::Sub` strings, and `Ref: Id` replaced by the
 * value. Plain strings are left alone, as AWS leaves them.
 */
import { diagnosticAt, type Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/file.ts';
import { scalarText, type MapEntry, type MapNode, type Node, type ScalarNode } from '../parse/tree.ts';

const loopPrefix = 'Fn::ForEach::';

/** The sections where AWS allows `Fn::ForEach` (resource properties included). */
const loopSections = new Set(['Resources', 'Conditions', 'Outputs']);

/** Bounds the output of hostile nesting (a loop of 100 inside a loop of 100 inside …); CloudFormation's own quotas are far lower. */
const maxGeneratedEntries = 2_000;

export interface ForEachParameter {
  type: string;
  default?: Node;
}

interface Expansion {
  file: SourceFile;
  parameters: ReadonlyMap<string, ForEachParameter>;
  params: ReadonlyMap<string, string>;
  diagnostics: Diagnostic[];
  generated: number;
  /** Parameters a collection was read from: a `--param` for one of them changes the expansion. */
  collectionParameters: Set<string>;
}

export interface ForEachResult {
  root: MapNode;
  diagnostics: Diagnostic[];
  /** Parameters whose value decides a collection. */
  collectionParameters: Set<string>;
}

/** Whether the text could hold a loop at all: the common template pays nothing. */
export function mayHoldForEach(file: SourceFile): boolean {
  return file.text.includes('Fn::ForEach') || file.text.includes('!ForEach');
}

/** The template with every `Fn::ForEach` in Resources, Conditions and Outputs expanded; the same root when there is none. */
export function expandForEach(file: SourceFile, root: MapNode, parameters: ReadonlyMap<string, ForEachParameter>, params: ReadonlyMap<string, string>): ForEachResult {
  const expansion: Expansion = { file, parameters, params, diagnostics: [], generated: 0, collectionParameters: new Set() };
  if (!mayHoldForEach(file)) return { root, diagnostics: [], collectionParameters: expansion.collectionParameters };
  let changed = false;
  const entries = root.entries.map((entry) => {
    if (!loopSections.has(entry.key) || entry.value.kind !== 'map') return entry;
    const value = transform(entry.value, new Map(), expansion);
    if (value === entry.value) return entry;
    changed = true;
    return { ...entry, value };
  });
  return { root: changed ? withEntries(root, entries) : root, diagnostics: expansion.diagnostics, collectionParameters: expansion.collectionParameters };
}

type Bindings = ReadonlyMap<string, string>;

/** A copy of the map with other entries (and no stale key index). */
function withEntries(map: MapNode, entries: MapEntry[]): MapNode {
  const { index: _index, ...rest } = map;
  return { ...rest, entries };
}

/** `${Id}` → value and `&{Id}` → value without non-alphanumeric characters, for every bound identifier. */
function substitute(text: string, bindings: Bindings): string {
  if (bindings.size === 0 || !(text.includes('${') || text.includes('&{'))) return text;
  return text.replace(/([$&])\{([^}!]+)\}/g, (whole, sigil: string, name: string) => {
    const value = bindings.get(name);
    if (value === undefined) return whole;
    return sigil === '&' ? value.replace(/[^A-Za-z0-9]/g, '') : value;
  });
}

function substitutedScalar(node: ScalarNode, bindings: Bindings): ScalarNode {
  if (typeof node.value !== 'string') return node;
  const text = substitute(node.text, bindings);
  return text === node.text ? node : { ...node, value: text, text };
}

function transform(node: Node, bindings: Bindings, expansion: Expansion): Node {
  if (node.kind === 'scalar') return node;
  if (node.kind === 'seq') {
    const items = node.items.map((item) => transform(item, bindings, expansion));
    return items.every((item, index) => item === node.items[index]) ? node : { ...node, items };
  }
  if (node.entries.length === 1 && bindings.size > 0) {
    const [only] = node.entries;
    if (only!.key === 'Ref') {
      const value = bindings.get(scalarText(only!.value) ?? '');
      // The loop's value stands where the `Ref` was, so a finding about it points at the `Ref`.
      if (value !== undefined) return { kind: 'scalar', value, text: value, start: node.start, end: node.end };
    }
    if (only!.key === 'Fn::Sub') {
      const argument = only!.value;
      let replaced: Node = argument;
      if (argument.kind === 'scalar') replaced = substitutedScalar(argument, bindings);
      else if (argument.kind === 'seq' && argument.items[0]?.kind === 'scalar') {
        const items = [substitutedScalar(argument.items[0], bindings), ...argument.items.slice(1).map((item) => transform(item, bindings, expansion))];
        replaced = items.every((item, index) => item === argument.items[index]) ? argument : { ...argument, items };
      }
      return replaced === argument ? node : withEntries(node, [{ ...only!, value: replaced }]);
    }
  }
  const entries: MapEntry[] = [];
  const positions = new Map<string, number>();
  let changed = false;
  const add = (entry: MapEntry) => {
    const existing = positions.get(entry.key);
    if (existing === undefined) {
      positions.set(entry.key, entries.length);
      entries.push(entry);
      return;
    }
    expansion.diagnostics.push(diagnosticAt(expansion.file, entry.keyStart, 'warning', 'duplicate-key', `duplicate key "${entry.key}" after Fn::ForEach was expanded: the later value is used`));
    entries[existing] = entry;
  };
  for (const entry of node.entries) {
    if (entry.key.startsWith(loopPrefix)) {
      changed = true;
      for (const generated of expandLoop(entry, bindings, expansion)) add(generated);
      continue;
    }
    const key = substitute(entry.key, bindings);
    const value = transform(entry.value, bindings, expansion);
    if (key !== entry.key || value !== entry.value) {
      changed = true;
      add({ ...entry, key, value });
    } else add(entry);
  }
  return changed ? withEntries(node, entries) : node;
}

function warn(expansion: Expansion, at: number, message: string): [] {
  expansion.diagnostics.push(diagnosticAt(expansion.file, at, 'warning', 'foreach', message));
  return [];
}

/** The entries one `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: OutputValue}]` stands for. */
function expandLoop(loop: MapEntry, bindings: Bindings, expansion: Expansion): MapEntry[] {
  const name = loop.key;
  const value = loop.value;
  if (value.kind !== 'seq' || value.items.length !== 3 || value.items[0]?.kind !== 'scalar' || value.items[2]?.kind !== 'map') {
    return warn(expansion, loop.keyStart, `${name} is not [Identifier, Collection, {OutputKey: OutputValue}]; what it would generate was not checked`);
  }
  const identifier = value.items[0].text;
  const collectionNode = value.items[1]!;
  const body = value.items[2];
  const collection = collectionOf(collectionNode, bindings, expansion);
  if (typeof collection === 'string') return warn(expansion, collectionNode.start, `${name}: ${collection}, so what it generates was not checked`);
  const generated: MapEntry[] = [];
  for (const item of collection) {
    if (expansion.generated >= maxGeneratedEntries) return warn(expansion, loop.keyStart, `${name} generates more than ${maxGeneratedEntries.toLocaleString('en')} entries; the rest were not checked`);
    const inner = new Map(bindings).set(identifier, item);
    const expanded = transform(body, inner, expansion);
    if (expanded.kind !== 'map') continue;
    expansion.generated += expanded.entries.length;
    generated.push(...expanded.entries);
  }
  return generated;
}

/** The collection's items, or why they cannot be known before deployment. */
function collectionOf(node: Node, bindings: Bindings, expansion: Expansion): string[] | string {
  if (node.kind === 'seq') {
    const items: string[] = [];
    for (const item of node.items) {
      const resolved = item.kind === 'scalar' ? item : transform(item, bindings, expansion);
      if (resolved.kind !== 'scalar' || resolved.value === null) return 'an item of the collection is known only at deploy time';
      items.push(resolved.text);
    }
    return items;
  }
  const target = node.kind === 'map' && node.entries.length === 1 && node.entries[0]!.key === 'Ref' ? scalarText(node.entries[0]!.value) : undefined;
  if (target === undefined) return 'the collection is neither a list nor a Ref to a CommaDelimitedList parameter';
  const parameter = expansion.parameters.get(target);
  if (!parameter) return `the collection refers to ${target}, which is not a parameter of this template`;
  if (parameter.type !== 'CommaDelimitedList' && !parameter.type.startsWith('List<')) return `the collection refers to parameter ${target}, which is not a list (its type is ${parameter.type})`;
  expansion.collectionParameters.add(target);
  const given = expansion.params.get(target);
  if (given !== undefined) return splitList(given);
  const fallback = parameter.default;
  if (fallback?.kind === 'scalar' && fallback.value !== null) return splitList(fallback.text);
  if (fallback?.kind === 'seq' && fallback.items.every((item) => item.kind === 'scalar')) return fallback.items.map((item) => scalarText(item) ?? '');
  return `parameter ${target} has no default; pass --param ${target}=a,b to check its items`;
}

const splitList = (text: string) => (text === '' ? [] : text.split(',').map((part) => part.trim()));
