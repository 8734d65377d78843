/**
 * A block's body as one map value: arguments evaluated, nested blocks as lists of maps marked `block`, and
 * `dynamic` blocks expanded into the same lists, so a mapper reads `ingress` the same however it was written.
 */
import { attributeOf, type Block, type Body } from '../hcl/syntax.ts';
import { bind, type EvalContext } from '../eval/context.ts';
import { evaluate, iterate } from '../eval/expressions.ts';
import { unknown, unknownBecause, type Entry, type Span, type Value } from '../values.ts';

/** Arguments that configure Terraform itself rather than the resource. */
const metaArguments = new Set(['count', 'for_each', 'provider', 'depends_on']);

/** The blocks of one type in a body, static and dynamic together. */
interface BlockGroup {
  blocks: Value[];
  start: number;
  end: number;
  unknown?: Value;
}

export function evaluateBody(body: Body, context: EvalContext, at: Span, skipMeta = false): Extract<Value, { kind: 'map' }> {
  const entries = new Map<string, Entry>();
  for (const attribute of body.attributes) {
    if (skipMeta && metaArguments.has(attribute.name)) continue;
    entries.set(attribute.name, { keyStart: attribute.nameStart, end: attribute.expr.end, value: evaluate(attribute.expr, context) });
  }
  const groups = new Map<string, BlockGroup>();
  const group = (type: string, block: Block): BlockGroup => {
    const found = groups.get(type);
    if (found) {
      found.end = block.end;
      return found;
    }
    const created: BlockGroup = { blocks: [], start: block.start, end: block.end };
    groups.set(type, created);
    return created;
  };
  for (const block of body.blocks) {
    if (block.type === 'dynamic') {
      const type = block.labels[0]?.value;
      if (type === undefined) continue;
      const target = group(type, block);
      const expanded = dynamicBlocks(block, context);
      if (Array.isArray(expanded)) target.blocks.push(...expanded);
      else target.unknown ??= expanded;
      continue;
    }
    group(block.type, block).blocks.push(blockValue(block, context));
  }
  for (const [type, found] of groups) {
    const span = { start: found.start, end: found.end };
    // A block repeated over a value known only at apply: every setting in it is unknown, none is absent.
    const value: Value = found.unknown ? { ...found.unknown, ...span } : { kind: 'seq', items: found.blocks, ...span };
    entries.set(type, { keyStart: found.start, end: found.end, value });
  }
  return { kind: 'map', entries, start: at.start, end: at.end };
}

function blockValue(block: Block, context: EvalContext): Value {
  return { ...evaluateBody(block.body, context, block), block: true };
}

function dynamicBlocks(block: Block, context: EvalContext): Value[] | Value {
  const forEach = attributeOf(block.body, 'for_each');
  const content = block.body.blocks.find((inner) => inner.type === 'content');
  if (!forEach || !content) return unknown('a dynamic block without for_each or content', block);
  const collection = evaluate(forEach.expr, context);
  const pairs = iterate(collection);
  if (!pairs) return collection.kind === 'unknown' || collection.kind === 'ref' ? unknownBecause(collection, block) : unknown('dynamic for_each is not a collection', block);
  const iterator = attributeOf(block.body, 'iterator');
  // `iterator = rule` in HCL; `"iterator": "rule"` in JSON.
  const named = iterator?.expr.type === 'variable' ? iterator.expr.name : iterator?.expr.type === 'literal' ? String(iterator.expr.value) : undefined;
  const name = named ?? block.labels[0]?.value ?? 'each';
  return pairs.map(([key, value]) => {
    const inner = bind(context, [
      [
        name,
        {
          kind: 'map',
          entries: new Map([
            ['key', { keyStart: forEach.expr.start, end: forEach.expr.end, value: key }],
            ['value', { keyStart: forEach.expr.start, end: forEach.expr.end, value }],
          ]),
          start: forEach.expr.start,
          end: forEach.expr.end,
        },
      ],
    ]);
    return { ...evaluateBody(content.body, inner, content), block: true as const, start: content.start, end: content.end };
  });
}
