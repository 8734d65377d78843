/** Whether an optional block is written at all, for settings whose mere presence is what matters. */
import { absent, known, unknownAttr, type Attr } from '../../../model/types.ts';
import type { Cursor } from '../../read.ts';

/**
 * Known `true` when the block is written, absent when it is not. A value computed at deploy time (a `!Sub`
 * of a JSON string, a parameter) is still written; only an undecidable `!If` leaves its presence open.
 */
export function presence(cursor: Cursor): Attr<boolean> {
  const value = cursor.value;
  if (value === undefined) return absent(cursor.at);
  if (value.kind === 'unknown' && value.node.kind === 'map' && value.node.entries[0]?.key === 'Fn::If') return unknownAttr(cursor.at);
  return known(true, cursor.at);
}
