/** Terraform's automatic conversions between primitive values, and equality. */
import { numberText, type Value } from '../values.ts';

/** A known primitive as a string (`1` → "1", `true` → "true"); `undefined` otherwise. */
export function asText(value: Value): string | undefined {
  if (value.kind !== 'scalar') return undefined;
  return typeof value.value === 'number' ? numberText(value.value) : String(value.value);
}

export function asNumber(value: Value): number | undefined {
  if (value.kind !== 'scalar') return undefined;
  if (typeof value.value === 'number') return value.value;
  if (typeof value.value === 'string' && value.value.trim() !== '') {
    const number = Number(value.value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

export function asBool(value: Value): boolean | undefined {
  if (value.kind !== 'scalar') return undefined;
  if (typeof value.value === 'boolean') return value.value;
  if (value.value === 'true') return true;
  return value.value === 'false' ? false : undefined;
}

/** Deep equality of known values; `undefined` when either side is not known. */
export function equal(left: Value, right: Value): boolean | undefined {
  if (left.kind === 'unknown' || right.kind === 'unknown' || left.kind === 'ref' || right.kind === 'ref') return undefined;
  if (left.kind === 'null' || right.kind === 'null') return left.kind === right.kind;
  if (left.kind === 'scalar' && right.kind === 'scalar') {
    // Terraform compares a number with a string of the same value as unequal: types must match.
    return typeof left.value === typeof right.value && left.value === right.value;
  }
  if (left.kind === 'seq' && right.kind === 'seq') {
    if (left.items.length !== right.items.length) return false;
    let all = true;
    for (let index = 0; index < left.items.length; index++) {
      const same = equal(left.items[index]!, right.items[index]!);
      if (same === false) return false;
      if (same === undefined) all = false;
    }
    return all ? true : undefined;
  }
  if (left.kind === 'map' && right.kind === 'map') {
    if (left.entries.size !== right.entries.size) return false;
    let all = true;
    for (const [key, entry] of left.entries) {
      const other = right.entries.get(key);
      if (!other) return false;
      const same = equal(entry.value, other.value);
      if (same === false) return false;
      if (same === undefined) all = false;
    }
    return all ? true : undefined;
  }
  return false;
}
