/**
 * Variable type constraints (`list(string)`, `object({ a = optional(bool, true) })`) applied to the value a
 * variable receives: Terraform converts primitives (`"3"` to 3), fills optional attributes with their defaults
 * and drops attributes the type does not name. Read from the syntax of the `type` argument, not evaluated.
 */
import type { Expr } from '../hcl/syntax.ts';
import { asBool, asNumber, asText } from '../eval/convert.ts';
import { evaluate } from '../eval/expressions.ts';
import type { EvalContext } from '../eval/context.ts';
import { asSet } from '../functions/collections.ts';
import { failed, nullValue, respan, scalar, type Entry, type Value } from '../values.ts';

export function convertToType(value: Value, type: Expr, context: EvalContext): Value {
  if (value.kind === 'unknown' || value.kind === 'ref' || value.kind === 'null') return value;
  if (type.type === 'variable') return convertPrimitive(value, type.name);
  if (type.type !== 'call') return value;
  const [element] = type.args;
  switch (type.name) {
    case 'list':
    case 'set': {
      if (value.kind !== 'seq' || !element) return failed(`not a ${type.name}`, value);
      const items = value.items.map((item) => convertToType(item, element, context));
      return { ...value, items: type.name === 'set' ? asSet(items) : items };
    }
    case 'tuple': {
      if (value.kind !== 'seq' || element?.type !== 'tuple') return failed('not a tuple', value);
      return { ...value, items: value.items.map((item, index) => (element.items[index] ? convertToType(item, element.items[index], context) : item)) };
    }
    case 'map': {
      if (value.kind !== 'map' || !element) return failed('not a map', value);
      const entries = new Map<string, Entry>();
      for (const [key, entry] of value.entries) entries.set(key, { ...entry, value: convertToType(entry.value, element, context) });
      return { ...value, entries };
    }
    case 'object':
      return element?.type === 'object' ? convertObject(value, element, context) : value;
    case 'optional':
      return element ? convertToType(value, element, context) : value;
    default:
      return value;
  }
}

function convertPrimitive(value: Value, name: string): Value {
  if (name === 'any') return value;
  if (value.kind !== 'scalar') return failed(`not a ${name}`, value);
  if (name === 'string') {
    const text = asText(value);
    return text === undefined ? failed('not a string', value) : scalar(text, value);
  }
  if (name === 'number') {
    const number = asNumber(value);
    return number === undefined ? failed(`"${asText(value)}" is not a number`, value) : scalar(number, value);
  }
  if (name === 'bool') {
    const bool = asBool(value);
    return bool === undefined ? failed(`"${asText(value)}" is not a bool`, value) : scalar(bool, value);
  }
  return value;
}

function convertObject(value: Value, shape: Extract<Expr, { type: 'object' }>, context: EvalContext): Value {
  if (value.kind !== 'map') return failed('not an object', value);
  const entries = new Map<string, Entry>();
  for (const item of shape.items) {
    const name = item.key.type === 'literal' ? String(item.key.value) : undefined;
    if (name === undefined) continue;
    const given = value.entries.get(name);
    const attributeType = item.value;
    if (given && given.value.kind !== 'null') {
      entries.set(name, { ...given, value: convertToType(given.value, attributeType, context) });
      continue;
    }
    if (attributeType.type === 'call' && attributeType.name === 'optional') {
      const [inner, fallback] = attributeType.args;
      // An optional attribute left out takes its default (or null), placed where the object value is written.
      const filled = fallback ? evaluate(fallback, context) : nullValue(value);
      const converted = inner ? convertToType(filled, inner, context) : filled;
      entries.set(name, { keyStart: value.start, end: value.end, value: respan(converted, value) });
    } else if (given) entries.set(name, given);
  }
  return { ...value, entries };
}
