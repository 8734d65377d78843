/**
 * Terraform values as the engine sees them, and the wider set the evaluator computes with (which also has
 * `null`). Every value carries offsets in the file of the resource that uses it: a value read through a
 * variable, a local or a module output is re-placed on the expression that reads it, so a finding points at
 * the line the reader can change in the resource (or follow to the variable).
 */
import type { DefaultSource } from '../model/types.ts';
import type { ValueTree } from '../read/tree.ts';

export type TfValue =
  /** `fromDefault`: the value is a variable's `default`, no value having been given for it. */
  | { kind: 'scalar'; value: string | number | boolean; start: number; end: number; fromDefault?: DefaultSource }
  | { kind: 'map'; entries: Map<string, TfEntry>; start: number; end: number; block?: true }
  | { kind: 'seq'; items: TfValue[]; start: number; end: number }
  /** Another resource (`aws_s3_bucket.logs[0]`, `module.net.aws_subnet.a`), or one of its attributes (`id`). */
  | { kind: 'ref'; address: string; attribute?: string; start: number; end: number }
  | { kind: 'unknown'; why: string; start: number; end: number };

export interface TfEntry {
  keyStart: number;
  end: number;
  /** `undefined` when the value is `null`: Terraform treats the argument as not set. */
  value: TfValue | undefined;
}

/** What the evaluator computes with: Terraform's values plus `null`, kept until a resource body is published. */
export type Value =
  | { kind: 'scalar'; value: string | number | boolean; start: number; end: number; fromDefault?: DefaultSource }
  | { kind: 'null'; start: number; end: number }
  | { kind: 'map'; entries: Map<string, Entry>; start: number; end: number; block?: true }
  | { kind: 'seq'; items: Value[]; start: number; end: number }
  | { kind: 'ref'; address: string; attribute?: string; start: number; end: number }
  /** `error`: the expression fails (a missing attribute, a wrong type), which `try` and `can` tell apart. */
  | { kind: 'unknown'; why: string; start: number; end: number; error?: true };

export interface Entry {
  keyStart: number;
  end: number;
  value: Value;
}

export interface Span {
  start: number;
  end: number;
}

export const scalar = (value: string | number | boolean, at: Span): Value => ({ kind: 'scalar', value, start: at.start, end: at.end });
export const nullValue = (at: Span): Value => ({ kind: 'null', start: at.start, end: at.end });
export const unknown = (why: string, at: Span): Value => ({ kind: 'unknown', why, start: at.start, end: at.end });
/** An expression that fails in Terraform too: unknown to the rules, but `try()` moves on and `can()` is false. */
export const failed = (why: string, at: Span): Value => ({ kind: 'unknown', why, start: at.start, end: at.end, error: true });
export const isFailure = (value: Value): boolean => value.kind === 'unknown' && value.error === true;
export const seq = (items: Value[], at: Span): Value => ({ kind: 'seq', items, start: at.start, end: at.end });

/** A map whose entries all sit at `at` (a value computed by an expression rather than written key by key). */
export function mapOf(entries: Iterable<[string, Value]>, at: Span): Value {
  const map = new Map<string, Entry>();
  for (const [key, value] of entries) map.set(key, { keyStart: at.start, end: at.end, value });
  return { kind: 'map', entries: map, start: at.start, end: at.end };
}

export function isUnknownValue(value: Value): value is Extract<Value, { kind: 'unknown' }> {
  return value.kind === 'unknown';
}

/** The first unknown among `values`, checked deeply: a list with one unknown item is not fully known. */
export function firstUnknown(values: readonly Value[]): Extract<Value, { kind: 'unknown' | 'ref' }> | undefined {
  for (const value of values) {
    if (value.kind === 'unknown' || value.kind === 'ref') return value;
    if (value.kind === 'seq') {
      const inner = firstUnknown(value.items);
      if (inner) return inner;
    } else if (value.kind === 'map') {
      for (const entry of value.entries.values()) {
        const inner = firstUnknown([entry.value]);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

/** Why a computed value is unknown, given the unknown (or apply-time reference) it depends on. */
export function unknownBecause(cause: Extract<Value, { kind: 'unknown' | 'ref' }>, at: Span): Value {
  if (cause.kind === 'unknown') return cause.error ? failed(cause.why, at) : unknown(cause.why, at);
  const target = cause.attribute === undefined ? cause.address : `${cause.address}.${cause.attribute}`;
  return unknown(`${target} is known only after apply`, at);
}

/** The same value, placed at `at` throughout (see the module comment). */
export function respan(value: Value, at: Span): Value {
  if (value.start === at.start && value.end === at.end && value.kind !== 'map' && value.kind !== 'seq') return value;
  switch (value.kind) {
    case 'map': {
      const entries = new Map<string, Entry>();
      for (const [key, entry] of value.entries) entries.set(key, { keyStart: at.start, end: at.end, value: respan(entry.value, at) });
      return value.block ? { kind: 'map', entries, start: at.start, end: at.end, block: true } : { kind: 'map', entries, start: at.start, end: at.end };
    }
    case 'seq':
      return { kind: 'seq', items: value.items.map((item) => respan(item, at)), start: at.start, end: at.end };
    default:
      return { ...value, start: at.start, end: at.end };
  }
}

/** The value with every scalar in it marked as taken from a declared default (`source` given each scalar's text). */
export function markDefault(value: Value, source: (text: string) => DefaultSource): Value {
  switch (value.kind) {
    case 'scalar':
      return { ...value, fromDefault: source(scalarText(value.value)) };
    case 'seq':
      return { ...value, items: value.items.map((item) => markDefault(item, source)) };
    case 'map': {
      const entries = new Map<string, Entry>();
      for (const [key, entry] of value.entries) entries.set(key, { ...entry, value: markDefault(entry.value, source) });
      return { ...value, entries };
    }
    default:
      return value;
  }
}

/** The evaluator's value as the engine receives it: `null` entries become "not set". */
export function publish(value: Value): TfValue {
  switch (value.kind) {
    case 'null':
      // Only reachable inside a list (`[null]`); entries and whole bodies drop nulls before this.
      return { kind: 'unknown', why: 'null in a list', start: value.start, end: value.end };
    case 'map': {
      const entries = new Map<string, TfEntry>();
      for (const [key, entry] of value.entries) entries.set(key, { keyStart: entry.keyStart, end: entry.end, value: entry.value.kind === 'null' ? undefined : publish(entry.value) });
      return value.block ? { kind: 'map', entries, start: value.start, end: value.end, block: true } : { kind: 'map', entries, start: value.start, end: value.end };
    }
    case 'seq':
      return { kind: 'seq', items: value.items.map(publish), start: value.start, end: value.end };
    case 'unknown':
      return { kind: 'unknown', why: value.why, start: value.start, end: value.end };
    default:
      return value;
  }
}

/** Terraform's string form of a number: integers without a fraction, others as the shortest exact decimal. */
export function numberText(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

export function scalarText(value: string | number | boolean): string {
  return typeof value === 'number' ? numberText(value) : String(value);
}

/** Terraform's values through the shared reading machinery (`checks/read/`). */
export const terraformTree: ValueTree<TfValue> = {
  shape: (value) => value.kind,
  span: (value) => ({ start: value.start, end: value.end }),
  entry(map, key) {
    if (map.kind !== 'map') return undefined;
    const entry = map.entries.get(key);
    return entry ? { key, keyStart: entry.keyStart, end: entry.end, value: entry.value } : undefined;
  },
  keys: (map) => (map.kind === 'map' ? [...map.entries.keys()] : []),
  items: (value) => (value.kind === 'seq' ? value.items : []),
  text: (value) => (value.kind === 'scalar' ? scalarText(value.value) : undefined),
  reference: (value) => (value.kind === 'ref' ? value.address : undefined),
  fromDefault: (value) => (value.kind === 'scalar' ? value.fromDefault : undefined),
};
