/**
 * HCL expressions evaluated to values. What cannot be known before apply (a resource attribute, a data
 * source, a variable with no value, an unknown condition) is `unknown` with the reason, and everything built
 * from it is unknown too: a rule never sees a guess.
 */
import type { BinaryOperator, Expr, Step, TemplatePart } from '../hcl/syntax.ts';
import { compareText } from '../functions/call.ts';
import { callFunction } from '../functions/index.ts';
import { failed, firstUnknown, isFailure, mapOf, nullValue, respan, scalar, seq, unknown, unknownBecause, type Entry, type Span, type Value } from '../values.ts';
import { bind, referenceText, type EvalContext } from './context.ts';
import { asBool, asNumber, asText, equal } from './convert.ts';

const maxDepth = 100;

export function evaluate(expr: Expr, context: EvalContext): Value {
  switch (expr.type) {
    case 'literal':
      return expr.value === null ? nullValue(expr) : scalar(expr.value, expr);
    case 'template':
      return template(expr.parts, expr, context);
    case 'tuple':
      return seq(
        expr.items.map((item) => evaluate(item, context)),
        expr,
      );
    case 'object':
      return object(expr, context);
    case 'variable':
      return traverse(expr.name, [], expr, context);
    case 'traversal':
      if (expr.target.type === 'variable') return traverse(expr.target.name, expr.steps, expr, context);
      return applySteps(evaluate(expr.target, context), expr.steps, context, expr);
    case 'call':
      return call(expr, context);
    case 'for':
      return forExpression(expr, context);
    case 'conditional': {
      const condition = evaluate(expr.condition, context);
      const truth = asBool(condition);
      if (truth === undefined) return unknownOperand(condition, 'the condition is not a known bool', expr);
      return evaluate(truth ? expr.then : expr.otherwise, context);
    }
    case 'unary':
      return unary(expr.operator, evaluate(expr.operand, context), expr);
    case 'binary':
      return binary(expr.operator, expr.left, expr.right, context, expr);
  }
}

function unknownOperand(value: Value, why: string, at: Span): Value {
  if (value.kind === 'unknown' || value.kind === 'ref') return unknownBecause(value, at);
  return failed(why, at);
}

/** A name with its traversal: a bound name (`each`, a `for` variable), else a global the module resolves. */
function traverse(name: string, steps: readonly Step[], at: Span, context: EvalContext): Value {
  const bound = context.bindings.get(name);
  if (bound) return applySteps(respan(bound, at), steps, context, at);
  const { value, used } = context.resolver.resolve(name, steps, at, context);
  return used >= steps.length ? value : applySteps(value, steps.slice(used), context, at);
}

export function applySteps(value: Value, steps: readonly Step[], context: EvalContext, at: Span): Value {
  let current = value;
  for (const step of steps) current = applyStep(current, step, context, at);
  return current;
}

function applyStep(value: Value, step: Step, context: EvalContext, at: Span): Value {
  if (step.type === 'splat') {
    if (value.kind === 'unknown') return value;
    if (value.kind === 'null') return seq([], at);
    const items = value.kind === 'seq' ? value.items : [value];
    return seq(
      items.map((item) => applySteps(item, step.steps, context, at)),
      at,
    );
  }
  if (value.kind === 'unknown') return value;
  if (step.type === 'attr') return attribute(value, step.name, at);
  const key = evaluate(step.key, context);
  if (key.kind === 'unknown' || key.kind === 'ref') return unknownBecause(key, at);
  if (value.kind === 'seq') {
    const index = asNumber(key);
    const item = index === undefined ? undefined : value.items[index];
    return item ?? failed(`index ${asText(key) ?? '?'} is out of range`, at);
  }
  const name = asText(key);
  if (name === undefined) return failed('the index is not a string or number', at);
  return attribute(value, name, at);
}

function attribute(value: Value, name: string, at: Span): Value {
  if (value.kind === 'map') return value.entries.get(name)?.value ?? failed(`no attribute "${name}"`, at);
  if (value.kind === 'ref') {
    if (value.attribute === undefined) return { kind: 'ref', address: value.address, attribute: name, start: at.start, end: at.end };
    return unknown(`${value.address}.${value.attribute}.${name} is known only after apply`, at);
  }
  if (value.kind === 'unknown') return value;
  return failed(`a ${value.kind === 'null' ? 'null value' : value.kind} has no attribute "${name}"`, at);
}

function object(expr: Extract<Expr, { type: 'object' }>, context: EvalContext): Value {
  const entries = new Map<string, Entry>();
  for (const item of expr.items) {
    const key = evaluate(item.key, context);
    const name = asText(key);
    if (name === undefined) return key.kind === 'unknown' || key.kind === 'ref' ? unknownBecause(key, expr) : failed('an object key is not a string', expr);
    entries.set(name, { keyStart: item.key.start, end: item.value.end, value: evaluate(item.value, context) });
  }
  return { kind: 'map', entries, start: expr.start, end: expr.end };
}

export function template(parts: readonly TemplatePart[], at: Span, context: EvalContext): Value {
  // A template that is one interpolation and nothing else keeps its value's type ("${var.tags}" is a map).
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.type === 'interpolation') return evaluate(only.expr, context);
  const text = templateText(parts, context);
  return typeof text === 'string' ? scalar(text, at) : respan(text, at);
}

function templateText(parts: readonly TemplatePart[], context: EvalContext): string | Value {
  let text = '';
  for (const part of parts) {
    switch (part.type) {
      case 'text':
        text += part.text;
        break;
      case 'interpolation': {
        const value = evaluate(part.expr, context);
        const piece = value.kind === 'ref' && context.referencesAsText ? referenceText(value) : asText(value);
        if (piece === undefined) return unknownOperand(value, 'an interpolated value is not a string', part);
        text += piece;
        break;
      }
      case 'if': {
        const condition = evaluate(part.condition, context);
        const truth = asBool(condition);
        if (truth === undefined) return unknownOperand(condition, 'the %{if} condition is not a known bool', part);
        const inner = templateText(truth ? part.then : part.otherwise, context);
        if (typeof inner !== 'string') return inner;
        text += inner;
        break;
      }
      case 'for': {
        const collection = evaluate(part.collection, context);
        const pairs = iterate(collection);
        if (!pairs) return unknownOperand(collection, 'the %{for} collection is not a list, set or map', part);
        for (const [key, value] of pairs) {
          const names: [string, Value][] = [[part.valueVar, value]];
          if (part.keyVar !== undefined) names.push([part.keyVar, key]);
          const inner = templateText(part.body, bind(context, names));
          if (typeof inner !== 'string') return inner;
          text += inner;
        }
        break;
      }
    }
  }
  return text;
}

/** Key/value pairs of a collection: a list's index, a map's key (in Terraform's lexical order). */
export function iterate(collection: Value): [Value, Value][] | undefined {
  if (collection.kind === 'seq') return collection.items.map((item, index) => [scalar(index, item), item]);
  if (collection.kind !== 'map') return undefined;
  return [...collection.entries.keys()].sort(compareText).map((key) => {
    const value = collection.entries.get(key)!.value;
    return [scalar(key, value), value];
  });
}

function forExpression(expr: Extract<Expr, { type: 'for' }>, context: EvalContext): Value {
  const collection = evaluate(expr.collection, context);
  const pairs = iterate(collection);
  if (!pairs) return unknownOperand(collection, 'the for expression does not iterate over a list, set or map', expr);
  const items: Value[] = [];
  const groups = new Map<string, Value[]>();
  const entries = new Map<string, Entry>();
  for (const [key, value] of pairs) {
    const names: [string, Value][] = [[expr.valueVar, value]];
    if (expr.keyVar !== undefined) names.push([expr.keyVar, key]);
    const inner = bind(context, names);
    if (expr.condition) {
      const condition = evaluate(expr.condition, inner);
      const keep = asBool(condition);
      if (keep === undefined) return unknownOperand(condition, 'a for expression condition is not a known bool', expr);
      if (!keep) continue;
    }
    const result = evaluate(expr.value, inner);
    if (!expr.key) {
      items.push(result);
      continue;
    }
    const keyValue = evaluate(expr.key, inner);
    const name = asText(keyValue);
    if (name === undefined) return unknownOperand(keyValue, 'a for expression key is not a string', expr);
    if (expr.grouping) {
      const group = groups.get(name) ?? [];
      group.push(result);
      groups.set(name, group);
    } else entries.set(name, { keyStart: expr.start, end: expr.end, value: result });
  }
  if (!expr.key) return seq(items, expr);
  if (expr.grouping)
    return mapOf(
      [...groups].map(([name, group]) => [name, seq(group, expr)] as [string, Value]),
      expr,
    );
  return { kind: 'map', entries, start: expr.start, end: expr.end };
}

function unary(operator: '-' | '!', operand: Value, at: Span): Value {
  if (operator === '!') {
    const truth = asBool(operand);
    return truth === undefined ? unknownOperand(operand, '"!" needs a bool', at) : scalar(!truth, at);
  }
  const number = asNumber(operand);
  return number === undefined ? unknownOperand(operand, '"-" needs a number', at) : scalar(-number, at);
}

function binary(operator: BinaryOperator, leftExpr: Expr, rightExpr: Expr, context: EvalContext, at: Span): Value {
  const left = evaluate(leftExpr, context);
  const right = evaluate(rightExpr, context);
  switch (operator) {
    case '==':
    case '!=': {
      const same = equal(left, right);
      if (same === undefined) return unknownOperand(firstUnknown([left, right]) ?? left, 'compared values are not known', at);
      return scalar(operator === '==' ? same : !same, at);
    }
    case '&&':
    case '||': {
      const a = asBool(left);
      const b = asBool(right);
      // false && unknown is false, true || unknown is true: the unknown side cannot change the result.
      const decisive = operator === '&&' ? false : true;
      if (a === decisive || b === decisive) return scalar(decisive, at);
      if (a === undefined || b === undefined) return unknownOperand(a === undefined ? left : right, `"${operator}" needs bools`, at);
      return scalar(operator === '&&' ? a && b : a || b, at);
    }
  }
  const a = asNumber(left);
  const b = asNumber(right);
  if (a === undefined || b === undefined) return unknownOperand(a === undefined ? left : right, `"${operator}" needs numbers`, at);
  switch (operator) {
    case '+':
      return scalar(a + b, at);
    case '-':
      return scalar(a - b, at);
    case '*':
      return scalar(a * b, at);
    case '/':
      return b === 0 ? failed('division by zero', at) : scalar(a / b, at);
    case '%':
      return b === 0 ? failed('modulo by zero', at) : scalar(a % b, at);
    case '>':
      return scalar(a > b, at);
    case '>=':
      return scalar(a >= b, at);
    case '<':
      return scalar(a < b, at);
    default:
      return scalar(a <= b, at);
  }
}

function call(expr: Extract<Expr, { type: 'call' }>, context: EvalContext): Value {
  if (context.depth > maxDepth) return unknown('expressions nested too deeply', expr);
  const inner: EvalContext = { ...context, depth: context.depth + 1 };
  // `try` and `can` look at whether their arguments evaluate, so they take them unevaluated.
  if (expr.name === 'try') {
    for (const argument of expr.args) {
      const value = evaluate(argument, inner);
      if (isFailure(value)) continue;
      // An argument known only after apply might still fail then: try() cannot choose yet.
      return value.kind === 'unknown' ? value : respan(value, expr);
    }
    return failed('no argument of try() evaluates', expr);
  }
  if (expr.name === 'can') {
    const value = expr.args[0] ? evaluate(expr.args[0], inner) : failed('can() needs an argument', expr);
    if (value.kind === 'unknown') return isFailure(value) ? scalar(false, expr) : value;
    return scalar(true, expr);
  }
  let args = expr.args.map((argument) => evaluate(argument, inner));
  if (expr.expandLast) {
    const last = args[args.length - 1];
    if (last?.kind !== 'seq') return last ? unknownOperand(last, 'the expanded argument is not a list', expr) : unknown('nothing to expand', expr);
    args = [...args.slice(0, -1), ...last.items];
  }
  return callFunction(expr.name, args, { at: expr, context: inner });
}
