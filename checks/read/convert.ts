/** Converters from a cursor to a model attribute: known, unknown until deploy time, or absent. Shared by every format. */
import { absent, known, unknownAttr, type Attr } from '../model/types.ts';
import type { Cursor } from './cursor.ts';

export function isUnknown<V>(cursor: Cursor<V>): boolean {
  return cursor.value !== undefined && cursor.tree.shape(cursor.value) === 'unknown';
}

export function text<V>(cursor: Cursor<V>): Attr<string> {
  if (cursor.value === undefined) return absent(cursor.at, cursor.property);
  const value = cursor.tree.text(cursor.value);
  return value === undefined ? unknownAttr(cursor.at, cursor.property) : known(value, cursor.at, cursor.property);
}

export function bool<V>(cursor: Cursor<V>): Attr<boolean> {
  const attr = text(cursor);
  if (attr.state !== 'known') return attr as Attr<never>;
  const lower = attr.value.toLowerCase();
  if (lower === 'true') return known(true, attr.at, attr.property);
  return lower === 'false' ? known(false, attr.at, attr.property) : unknownAttr(attr.at, attr.property);
}

export function number<V>(cursor: Cursor<V>): Attr<number> {
  const attr = text(cursor);
  if (attr.state !== 'known') return attr as Attr<never>;
  const value = Number(attr.value);
  return attr.value.trim() !== '' && Number.isFinite(value) ? known(value, attr.at, attr.property) : unknownAttr(attr.at, attr.property);
}

/** A list of strings: known only when the list and every item are known; a single string is a list of one. */
export function textList<V>(cursor: Cursor<V>): Attr<string[]> {
  if (cursor.value === undefined) return absent(cursor.at, cursor.property);
  const shape = cursor.tree.shape(cursor.value);
  if (shape === 'scalar') {
    const single = cursor.tree.text(cursor.value);
    return single === undefined ? unknownAttr(cursor.at, cursor.property) : known([single], cursor.at, cursor.property);
  }
  if (shape !== 'seq') return unknownAttr(cursor.at, cursor.property);
  const values: string[] = [];
  for (const item of cursor.tree.items(cursor.value)) {
    const value = cursor.tree.text(item);
    if (value === undefined) return unknownAttr(cursor.at, cursor.property);
    values.push(value);
  }
  return known(values, cursor.at, cursor.property);
}

/** The resource a property refers to, if it refers to one in the same input. */
export function referencedResource<V>(cursor: Cursor<V>): string | undefined {
  return cursor.value === undefined ? undefined : cursor.tree.reference(cursor.value);
}

/** One spelling for values the services read case-insensitively (`MySQL` → `mysql`, `pay_per_request` → `PAY_PER_REQUEST`). */
export const lowerCased = (attr: Attr<string>): Attr<string> => (attr.state === 'known' ? known(attr.value.toLowerCase(), attr.at, attr.property) : attr);
export const upperCased = (attr: Attr<string>): Attr<string> => (attr.state === 'known' ? known(attr.value.toUpperCase(), attr.at, attr.property) : attr);
