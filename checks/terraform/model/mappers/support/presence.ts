/** Whether an optional block or setting is written at all, for settings whose mere presence is what matters. */
import { absent, known, unknownAttr, type Attr } from '../../../../model/types.ts';
import type { Cursor } from '../../reader.ts';

/**
 * Known `true` when written, absent when not. A value known only at apply time may turn out `null`, which in
 * Terraform means "not written", and a dynamic block over an unknown collection may yield no block: both unknown.
 */
export function presence(cursor: Cursor): Attr<boolean> {
  const value = cursor.value;
  // A dynamic block over an empty collection writes no block.
  if (value === undefined || (value.kind === 'seq' && value.items.length === 0)) return absent(cursor.at, cursor.property);
  if (value.kind === 'unknown' || (value.kind === 'seq' && value.items.some((item) => item.kind === 'unknown'))) return unknownAttr(cursor.at, cursor.property);
  return known(true, cursor.at, cursor.property);
}
