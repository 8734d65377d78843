/**
 * The cursor every format's mappers read with: it walks property paths through a format's resolved values and
 * remembers where a finding should point (the offending value, or the nearest block when a setting is absent)
 * and the property's name as the source spells it, so one rule message names `StorageEncrypted` in
 * CloudFormation and `storage_encrypted` in Terraform.
 */
import type { Place } from '../model/types.ts';
import type { ValueTree } from './tree.ts';

export interface Cursor<V> {
  /** The resolved value; `undefined` when the property is not written. */
  value: V | undefined;
  at: Place;
  /** The last property name on the path, as the source spells it. */
  property?: string;
  /** How to read the format's values; carried so converters need nothing but the cursor. */
  tree: ValueTree<V>;
}

export const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export class Reader<V> {
  readonly tree: ValueTree<V>;
  /** Where the resource is declared: findings on the resource as a whole point here. */
  readonly place: Place;
  /** The resource's settings (CloudFormation `Properties`, a Terraform block's body). */
  readonly properties: Cursor<V>;

  constructor(tree: ValueTree<V>, place: Place, properties: Cursor<V>) {
    this.tree = tree;
    this.place = place;
    this.properties = properties;
  }

  /** `reader.get('VersioningConfiguration', 'Status')` */
  get(...path: string[]): Cursor<V> {
    let cursor = this.properties;
    for (const key of path) cursor = this.field(cursor, key);
    return cursor;
  }

  field(cursor: Cursor<V>, key: string): Cursor<V> {
    const value = cursor.value;
    if (value === undefined) return { value: undefined, at: cursor.at, property: key, tree: this.tree };
    const shape = this.tree.shape(value);
    if (shape !== 'map') {
      // A whole block computed at deploy time: every setting inside it is unknown, not absent.
      return shape === 'unknown' ? { value, at: cursor.at, property: key, tree: this.tree } : { value: undefined, at: cursor.at, property: key, tree: this.tree };
    }
    const entry = this.tree.entry(value, key);
    if (entry?.value === undefined) return { value: undefined, at: cursor.at, property: key, tree: this.tree };
    const entryAt: Place = { file: cursor.at.file, start: entry.keyStart, end: entry.end, pointer: `${cursor.at.pointer}/${escapePointer(key)}` };
    return { value: entry.value, at: this.pointAt(entry.value, entryAt), property: key, tree: this.tree };
  }

  /** The items of a list property; a list computed at deploy time yields none (see `isUnknown`). */
  items(cursor: Cursor<V>): Cursor<V>[] {
    const value = cursor.value;
    if (value === undefined || this.tree.shape(value) !== 'seq') return [];
    // List items have no key of their own: point at the item itself (for a map item, its first key).
    return this.tree.items(value).map((item, index) => {
      const { start, end } = this.tree.span(item);
      const at = this.withDefault(item, { file: cursor.at.file, start, end, pointer: `${cursor.at.pointer}/${index}` });
      return cursor.property === undefined ? { value: item, at, tree: this.tree } : { value: item, at, property: cursor.property, tree: this.tree };
    });
  }

  /** Entries of a map property, e.g. Lambda environment variables. */
  entries(cursor: Cursor<V>): { key: string; cursor: Cursor<V> }[] {
    const value = cursor.value;
    if (value === undefined || this.tree.shape(value) !== 'map') return [];
    return this.tree.keys(value).map((key) => ({ key, cursor: this.field(cursor, key) }));
  }

  /** Scalars and references point at the value itself (the offending token); blocks at their key. */
  protected pointAt(value: V, entryAt: Place): Place {
    const shape = this.tree.shape(value);
    if (shape !== 'scalar' && shape !== 'unknown' && shape !== 'ref') return entryAt;
    const { start, end } = this.tree.span(value);
    return this.withDefault(value, { file: entryAt.file, start, end, pointer: entryAt.pointer });
  }

  /** The place, marked when its value is a declared default nobody overrode (findings on it say so). */
  protected withDefault(value: V, at: Place): Place {
    const source = this.tree.fromDefault?.(value);
    return source ? { ...at, fromDefault: source } : at;
  }
}
