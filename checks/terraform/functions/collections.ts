/** Terraform's collection functions over evaluated values. */
import { asNumber, asText, equal } from '../eval/convert.ts';
import { firstUnknown, mapOf, nullValue, scalar, seq, unknownBecause, type Entry, type Value } from '../values.ts';
import { arg, compareText, deep, FunctionError, listArg, mapArg, numberArg, shallow, sortedKeys, textArg, textItems, type FunctionDefinition } from './call.ts';

const isEmpty = (value: Value) => value.kind === 'null' || (value.kind === 'scalar' && value.value === '');

/** A list or set with duplicates removed, first occurrence kept. */
function distinct(items: Value[]): Value[] {
  const kept: Value[] = [];
  for (const item of items) if (!kept.some((other) => equal(other, item) === true)) kept.push(item);
  return kept;
}

/** `toset`: Terraform's sets of strings are ordered lexically; other sets keep their first-seen order here. */
export function asSet(items: Value[]): Value[] {
  const unique = distinct(items);
  if (!unique.every((item) => item.kind === 'scalar' && typeof item.value === 'string')) return unique;
  return unique.sort((left, right) => compareText(asText(left)!, asText(right)!));
}

export const collectionFunctions: Record<string, FunctionDefinition> = {
  length: shallow((args, call) => {
    const value = arg(args, 0);
    if (value.kind === 'seq') return scalar(value.items.length, call.at);
    if (value.kind === 'map') return scalar(value.entries.size, call.at);
    const text = asText(value);
    if (text === undefined) throw new FunctionError('length() needs a list, map or string');
    return scalar([...text].length, call.at);
  }),
  lookup: shallow((args) => {
    const map = mapArg(args, 0);
    const key = textArg(args, 1);
    const found = map.entries.get(key)?.value;
    if (found) return found;
    if (args.length > 2) return arg(args, 2);
    throw new FunctionError(`no key "${key}" and no default`);
  }),
  merge: shallow((args, call) => {
    const entries = new Map<string, Entry>();
    for (const value of args) {
      if (value.kind === 'null') continue;
      if (value.kind !== 'map') throw new FunctionError('merge() takes maps or objects');
      for (const [key, entry] of value.entries) entries.set(key, entry);
    }
    return { kind: 'map', entries, start: call.at.start, end: call.at.end };
  }),
  concat: shallow((args, call) =>
    seq(
      args.flatMap((_, index) => listArg(args, index)),
      call.at,
    ),
  ),
  element: shallow((args) => {
    const items = listArg(args, 0);
    const index = numberArg(args, 1);
    if (items.length === 0) throw new FunctionError('element() of an empty list');
    return items[((Math.floor(index) % items.length) + items.length) % items.length]!;
  }),
  contains: deep((args, call) =>
    scalar(
      listArg(args, 0).some((item) => equal(item, arg(args, 1)) === true),
      call.at,
    ),
  ),
  keys: shallow((args, call) =>
    seq(
      sortedKeys(mapArg(args, 0)).map((key) => scalar(key, call.at)),
      call.at,
    ),
  ),
  values: shallow((args, call) => {
    const map = mapArg(args, 0);
    return seq(
      sortedKeys(map).map((key) => map.entries.get(key)!.value),
      call.at,
    );
  }),
  coalesce: shallow((args, call) => {
    for (const value of args) {
      if (value.kind === 'unknown' || value.kind === 'ref') return unknownBecause(value, call.at);
      if (!isEmpty(value)) return value;
    }
    throw new FunctionError('no non-null, non-empty argument');
  }),
  coalescelist: shallow((args) => {
    for (const value of args) if (value.kind === 'seq' && value.items.length > 0) return value;
    throw new FunctionError('no non-empty list');
  }),
  compact: deep((args, call) =>
    seq(
      listArg(args, 0).filter((item) => !isEmpty(item)),
      call.at,
    ),
  ),
  distinct: deep((args, call) => seq(distinct(listArg(args, 0)), call.at)),
  flatten: shallow((args, call) => {
    const flat: Value[] = [];
    const walk = (items: Value[]) => {
      for (const item of items) {
        if (item.kind === 'seq') walk(item.items);
        else if (item.kind === 'unknown' || item.kind === 'ref') throw new Unknowable(item);
        else flat.push(item);
      }
    };
    try {
      walk(listArg(args, 0));
    } catch (error) {
      if (error instanceof Unknowable) return unknownBecause(error.value, call.at);
      throw error;
    }
    return seq(flat, call.at);
  }),
  slice: shallow((args, call) => seq(listArg(args, 0).slice(numberArg(args, 1), numberArg(args, 2)), call.at)),
  reverse: shallow((args, call) => seq([...listArg(args, 0)].reverse(), call.at)),
  sort: deep((args, call) =>
    seq(
      textItems(listArg(args, 0))
        .sort(compareText)
        .map((text) => scalar(text, call.at)),
      call.at,
    ),
  ),
  range: deep((args, call) => {
    const [start, limit, step] = args.length === 1 ? [0, numberArg(args, 0), 1] : [numberArg(args, 0), numberArg(args, 1), args.length > 2 ? numberArg(args, 2) : 1];
    if (step === 0 || (limit - start) / step > 1024) throw new FunctionError('range() is limited to 1024 elements');
    const items: Value[] = [];
    for (let value = start; step > 0 ? value < limit : value > limit; value += step) items.push(scalar(value, call.at));
    return seq(items, call.at);
  }),
  zipmap: shallow((args, call) => {
    const keys = textItems(listArg(args, 0));
    const values = listArg(args, 1);
    if (keys.length !== values.length) throw new FunctionError('zipmap() needs lists of the same length');
    return mapOf(
      keys.map((key, index) => [key, values[index]!] as [string, Value]),
      call.at,
    );
  }),
  index: deep((args, call) => {
    const found = listArg(args, 0).findIndex((item) => equal(item, arg(args, 1)) === true);
    if (found === -1) throw new FunctionError('the value is not in the list');
    return scalar(found, call.at);
  }),
  one: shallow((args, call) => {
    const items = listArg(args, 0);
    if (items.length > 1) throw new FunctionError('one() of a list with more than one element');
    return items[0] ?? nullValue(call.at);
  }),
  alltrue: deep((args, call) =>
    scalar(
      listArg(args, 0).every((item) => item.kind === 'scalar' && (item.value === true || item.value === 'true')),
      call.at,
    ),
  ),
  anytrue: deep((args, call) =>
    scalar(
      listArg(args, 0).some((item) => item.kind === 'scalar' && (item.value === true || item.value === 'true')),
      call.at,
    ),
  ),
  setunion: deep((args, call) => seq(asSet(args.flatMap((_, index) => listArg(args, index))), call.at)),
  setintersection: deep((args, call) => {
    const [first = [], ...rest] = args.map((_, index) => listArg(args, index));
    return seq(asSet(first.filter((item) => rest.every((other) => other.some((candidate) => equal(candidate, item) === true)))), call.at);
  }),
  setsubtract: deep((args, call) => {
    const remove = listArg(args, 1);
    return seq(asSet(listArg(args, 0).filter((item) => !remove.some((other) => equal(other, item) === true))), call.at);
  }),
  chunklist: shallow((args, call) => {
    const items = listArg(args, 0);
    const size = numberArg(args, 1);
    if (size <= 0) return seq([seq(items, call.at)], call.at);
    const chunks: Value[] = [];
    for (let index = 0; index < items.length; index += size) chunks.push(seq(items.slice(index, index + size), call.at));
    return seq(chunks, call.at);
  }),
  sum: deep((args, call) =>
    scalar(
      listArg(args, 0).reduce((total, item) => total + (asNumber(item) ?? Number.NaN), 0),
      call.at,
    ),
  ),
  tolist: shallow((args) => {
    const value = arg(args, 0);
    if (value.kind !== 'seq') throw new FunctionError('tolist() needs a list, set or tuple');
    return value;
  }),
  toset: shallow((args, call) => {
    const items = listArg(args, 0);
    // Duplicates cannot be removed while an element is unknown, so neither can the set's size be known.
    const unknownItem = firstUnknown(items.filter((item) => item.kind === 'unknown' || item.kind === 'ref'));
    return unknownItem ? unknownBecause(unknownItem, call.at) : seq(asSet(items), call.at);
  }),
  tomap: shallow((args) => mapArg(args, 0)),
};

/** Thrown out of a walk that met an unknown element. */
class Unknowable extends Error {
  readonly value: Extract<Value, { kind: 'unknown' | 'ref' }>;
  constructor(value: Extract<Value, { kind: 'unknown' | 'ref' }>) {
    super('unknown element');
    this.value = value;
  }
}
