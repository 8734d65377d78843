/**
 * `count` and `for_each`: the instances a resource or module block stands for, each with its address key and the
 * names it binds (`count.index`, `each.key`, `each.value`). When the repetition is known only at apply, the block
 * is read once as `[*]` with those names unknown: its literal settings are still checked, nothing is guessed.
 */
import { attributeOf, type Block } from '../hcl/syntax.ts';
import { asNumber, asText } from '../eval/convert.ts';
import { evaluate } from '../eval/expressions.ts';
import type { EvalContext } from '../eval/context.ts';
import { compareText } from '../functions/call.ts';
import { mapOf, scalar, unknown, type Span, type Value } from '../values.ts';

export type Expansion =
  | { kind: 'single' }
  | { kind: 'count'; count: number; at: Span }
  | { kind: 'for_each'; keys: string[]; values: Map<string, Value>; at: Span }
  | { kind: 'unknown'; by: 'count' | 'for_each'; why: string; at: Span };

export interface Instance {
  /** Address suffix: `''`, `[0]`, `["a"]` or `[*]`. */
  key: string;
  /** `count` or `each`, as a bound object. */
  bindings: [string, Value][];
}

/** Terraform prints instance keys this way: `[0]`, `["a"]`. */
export function instanceKey(key: string | number): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

export function expansionOf(block: Block, context: EvalContext): Expansion {
  const count = attributeOf(block.body, 'count');
  if (count) {
    const value = evaluate(count.expr, context);
    const number = asNumber(value);
    if (number === undefined || !Number.isInteger(number) || number < 0) return { kind: 'unknown', by: 'count', why: reason(value, 'count is not a whole number'), at: count.expr };
    return { kind: 'count', count: number, at: count.expr };
  }
  const forEach = attributeOf(block.body, 'for_each');
  if (!forEach) return { kind: 'single' };
  const value = evaluate(forEach.expr, context);
  const values = new Map<string, Value>();
  if (value.kind === 'map') {
    for (const [key, entry] of value.entries) values.set(key, entry.value);
  } else if (value.kind === 'seq') {
    for (const item of value.items) {
      const key = asText(item);
      if (key === undefined || item.kind !== 'scalar') return { kind: 'unknown', by: 'for_each', why: reason(item, 'for_each takes a map or a set of strings'), at: forEach.expr };
      values.set(key, item);
    }
  } else {
    return { kind: 'unknown', by: 'for_each', why: reason(value, 'for_each takes a map or a set of strings'), at: forEach.expr };
  }
  return { kind: 'for_each', keys: [...values.keys()].sort(compareText), values, at: forEach.expr };
}

function reason(value: Value, otherwise: string): string {
  if (value.kind === 'unknown') return value.why;
  if (value.kind === 'ref') return `${value.address}${value.attribute === undefined ? '' : `.${value.attribute}`} is known only after apply`;
  return otherwise;
}

export function instancesOf(expansion: Expansion): Instance[] {
  switch (expansion.kind) {
    case 'single':
      return [{ key: '', bindings: [] }];
    case 'count':
      return Array.from({ length: expansion.count }, (_, index) => ({ key: instanceKey(index), bindings: [['count', mapOf([['index', scalar(index, expansion.at)]], expansion.at)]] }));
    case 'for_each':
      return expansion.keys.map((key) => ({
        key: instanceKey(key),
        bindings: [
          [
            'each',
            mapOf(
              [
                ['key', scalar(key, expansion.at)],
                ['value', expansion.values.get(key)!],
              ],
              expansion.at,
            ),
          ],
        ],
      }));
    case 'unknown': {
      const why = `${expansion.by} is unknown: ${expansion.why}`;
      const bound: Value =
        expansion.by === 'count'
          ? mapOf([['index', unknown(why, expansion.at)]], expansion.at)
          : mapOf(
              [
                ['key', unknown(why, expansion.at)],
                ['value', unknown(why, expansion.at)],
              ],
              expansion.at,
            );
      return [{ key: '[*]', bindings: [[expansion.by === 'count' ? 'count' : 'each', bound]] }];
    }
  }
}
