/** What a function implementation receives, and the helpers that read its arguments or reject them. */
import { asBool, asNumber, asText } from '../eval/convert.ts';
import type { EvalContext } from '../eval/context.ts';
import type { Span, Value } from '../values.ts';

export interface FunctionCall {
  /** The call expression: computed results are placed here. */
  at: Span;
  context: EvalContext;
}

export type TfFunction = (args: Value[], call: FunctionCall) => Value;

/**
 * How much of the arguments must be known: `deep` (every nested value: `jsonencode`, `join`), or `shallow` (only
 * the arguments themselves: `length` of a list whose items are unknown is still known).
 */
export interface FunctionDefinition {
  known: 'deep' | 'shallow';
  run: TfFunction;
}

export const deep = (run: TfFunction): FunctionDefinition => ({ known: 'deep', run });
export const shallow = (run: TfFunction): FunctionDefinition => ({ known: 'shallow', run });

/** A call Terraform rejects too (wrong type, wrong count): the dispatcher turns it into a failed value. */
export class FunctionError extends Error {}

export function arg(args: Value[], index: number): Value {
  const value = args[index];
  if (!value) throw new FunctionError(`argument ${index + 1} is missing`);
  return value;
}

export function textArg(args: Value[], index: number): string {
  const text = asText(arg(args, index));
  if (text === undefined) throw new FunctionError(`argument ${index + 1} must be a string`);
  return text;
}

export function numberArg(args: Value[], index: number): number {
  const number = asNumber(arg(args, index));
  if (number === undefined) throw new FunctionError(`argument ${index + 1} must be a number`);
  return number;
}

export function boolArg(args: Value[], index: number): boolean {
  const bool = asBool(arg(args, index));
  if (bool === undefined) throw new FunctionError(`argument ${index + 1} must be a bool`);
  return bool;
}

export function listArg(args: Value[], index: number): Value[] {
  const value = arg(args, index);
  if (value.kind !== 'seq') throw new FunctionError(`argument ${index + 1} must be a list`);
  return value.items;
}

export function mapArg(args: Value[], index: number): Extract<Value, { kind: 'map' }> {
  const value = arg(args, index);
  if (value.kind !== 'map') throw new FunctionError(`argument ${index + 1} must be a map or object`);
  return value;
}

export function textItems(items: Value[]): string[] {
  return items.map((item) => {
    const text = asText(item);
    if (text === undefined) throw new FunctionError('every element must be a string');
    return text;
  });
}

/** Map keys in Terraform's order: lexical, as every map and object is iterated. */
export function sortedKeys(map: Extract<Value, { kind: 'map' }>): string[] {
  return [...map.entries.keys()].sort(compareText);
}

/** Terraform orders map keys and string sets byte-wise (Go); UTF-16 order agrees except for characters beyond U+FFFF. */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
