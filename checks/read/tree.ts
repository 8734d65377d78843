/**
 * What the shared reading machinery needs to know about a format's values. CloudFormation resolves intrinsic
 * functions lazily over its parsed YAML/JSON tree; Terraform evaluates HCL expressions eagerly into its own
 * values. Each describes its values through this one small interface, so the cursor, the converters and the
 * two-pass build exist once and every format's mappers keep only their property paths.
 */
import type { DefaultSource } from '../model/types.ts';

export type ValueShape = 'scalar' | 'map' | 'seq' | 'ref' | 'unknown';

/** A map entry as the cursor sees it: the child's value and where its key starts (findings point from the key). */
export interface TreeEntry<V> {
  key: string;
  keyStart: number;
  /** Offset just past the entry's written value. */
  end: number;
  /** The resolved child; `undefined` when it resolves to "not written" (CloudFormation's `AWS::NoValue`, HCL `null`). */
  value: V | undefined;
}

export interface ValueTree<V> {
  shape(value: V): ValueShape;
  /** Offsets of the value in its file: scalars and references are pointed at directly. */
  span(value: V): { start: number; end: number };
  /** One entry of a map value, resolved. */
  entry(map: V, key: string): TreeEntry<V> | undefined;
  /** The keys of a map value, in source order. */
  keys(map: V): string[];
  /** The items of a sequence value, resolved. */
  items(seq: V): V[];
  /** The text of a known scalar (numbers and booleans as their text); `undefined` for anything else or null. */
  text(value: V): string | undefined;
  /** The resource a reference points at (a CloudFormation logical id, a Terraform address). */
  reference(value: V): string | undefined;
  /** The declared default a scalar was taken from, when no value was given for it. */
  fromDefault?(value: V): DefaultSource | undefined;
}
