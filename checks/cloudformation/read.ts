/**
 * Reading resource properties into model attributes: a cursor walks property paths, resolving
 * intrinsic functions at every step and remembering where a finding should point.
 */
import { absent, known, unknownAttr, type Attr, type Place } from '../model/types.ts';
import { entryOf, type MapEntry, type Node } from '../parse/tree.ts';
import { evaluate, knownText, type EvalContext, type Resolved } from './evaluate.ts';
import type { CfnResource } from './template.ts';

export interface Cursor {
  /** The resolved value; `undefined` when the property is not written (or is `AWS::NoValue`). */
  value: Resolved | undefined;
  at: Place;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function entryPlace(parent: Place, entry: MapEntry): Place {
  return { file: parent.file, start: entry.keyStart, end: entry.value.end, pointer: `${parent.pointer}/${escapePointer(entry.key)}` };
}

/** The place of a resolved value: scalars point at the value itself (the offending token). */
function valuePlace(resolved: Resolved, fallback: Place): Place {
  if (resolved.kind !== 'scalar' && resolved.kind !== 'unknown' && resolved.kind !== 'ref') return fallback;
  const node = resolved.node;
  return { file: fallback.file, start: node.start, end: node.end, pointer: fallback.pointer };
}

export class ResourceReader {
  readonly ctx: EvalContext;
  readonly resource: CfnResource;
  readonly place: Place;
  readonly properties: Cursor;

  constructor(ctx: EvalContext, resource: CfnResource) {
    this.ctx = ctx;
    this.resource = resource;
    const entry = resource.entry;
    this.place = { file: ctx.template.file, start: entry.keyStart, end: entry.keyEnd, pointer: `/Resources/${escapePointer(entry.key)}` };
    const propertiesEntry = entry.value.kind === 'map' ? entryOf(entry.value, 'Properties') : undefined;
    this.properties = propertiesEntry
      ? { value: evaluate(propertiesEntry.value, ctx), at: entryPlace(this.place, propertiesEntry) }
      : { value: undefined, at: { ...this.place, pointer: `${this.place.pointer}/Properties` } };
  }

  /** `reader.get('VersioningConfiguration', 'Status')` */
  get(...path: string[]): Cursor {
    let cursor = this.properties;
    for (const key of path) cursor = this.field(cursor, key);
    return cursor;
  }

  field(cursor: Cursor, key: string): Cursor {
    const value = cursor.value;
    if (!value) return { value: undefined, at: cursor.at };
    if (value.kind !== 'map') {
      // A whole block computed at deploy time: every setting inside it is unknown, not absent.
      return value.kind === 'unknown' ? { value, at: cursor.at } : { value: undefined, at: cursor.at };
    }
    const entry = entryOf(value.node, key);
    if (!entry) return { value: undefined, at: cursor.at };
    const resolved = evaluate(entry.value, this.ctx);
    const at = entryPlace(cursor.at, entry);
    if (resolved.kind === 'absent') return { value: undefined, at: cursor.at };
    return { value: resolved, at: valuePlace(resolved, at) };
  }

  /** The items of a list property; a list computed at deploy time yields none (see `isUnknown`). */
  items(cursor: Cursor): Cursor[] {
    const value = cursor.value;
    if (value?.kind !== 'seq') return [];
    // List items have no key of their own: point at the item itself (for a map item, its first key).
    return value.items.map((item, index) => ({
      value: item,
      at: { file: cursor.at.file, start: item.node.start, end: item.node.end, pointer: `${cursor.at.pointer}/${index}` },
    }));
  }

  /** Entries of a map property, e.g. Lambda environment variables. */
  entries(cursor: Cursor): { key: string; cursor: Cursor }[] {
    const value = cursor.value;
    if (value?.kind !== 'map') return [];
    return value.node.entries.map((entry) => ({ key: entry.key, cursor: this.field(cursor, entry.key) }));
  }

  /** Resolve a node that is not a property (a resource attribute such as `DeletionPolicy`). */
  attribute(node: Node | undefined, name: string): Cursor {
    const at = { ...this.place, pointer: `${this.place.pointer}/${name}` };
    if (!node) return { value: undefined, at };
    const resolved = evaluate(node, this.ctx);
    if (resolved.kind === 'absent') return { value: undefined, at };
    return { value: resolved, at: { ...at, start: node.start, end: node.end } };
  }
}

export function isUnknown(cursor: Cursor): boolean {
  return cursor.value?.kind === 'unknown';
}

export function text(cursor: Cursor): Attr<string> {
  if (!cursor.value) return absent(cursor.at);
  const value = knownText(cursor.value);
  return value === undefined ? unknownAttr(cursor.at) : known(value, cursor.at);
}

export function bool(cursor: Cursor): Attr<boolean> {
  const attr = text(cursor);
  if (attr.state !== 'known') return attr as Attr<never>;
  const lower = attr.value.toLowerCase();
  return lower === 'true' ? known(true, attr.at) : lower === 'false' ? known(false, attr.at) : unknownAttr(attr.at);
}

export function number(cursor: Cursor): Attr<number> {
  const attr = text(cursor);
  if (attr.state !== 'known') return attr as Attr<never>;
  const value = Number(attr.value);
  return attr.value.trim() !== '' && Number.isFinite(value) ? known(value, attr.at) : unknownAttr(attr.at);
}

/** A list of strings: known only when the list and every item are known. */
export function textList(cursor: Cursor, reader: ResourceReader): Attr<string[]> {
  if (!cursor.value) return absent(cursor.at);
  if (cursor.value.kind === 'scalar') {
    const single = knownText(cursor.value);
    return single === undefined ? unknownAttr(cursor.at) : known([single], cursor.at);
  }
  if (cursor.value.kind !== 'seq') return unknownAttr(cursor.at);
  const values: string[] = [];
  for (const item of reader.items(cursor)) {
    const value = knownText(item.value);
    if (value === undefined) return unknownAttr(cursor.at);
    values.push(value);
  }
  return known(values, cursor.at);
}

/** The logical id a property refers to (`!Ref X`, `!GetAtt X.Arn`), if it refers to a resource here. */
export function referencedResource(cursor: Cursor): string | undefined {
  return cursor.value?.kind === 'ref' ? cursor.value.resource : undefined;
}
