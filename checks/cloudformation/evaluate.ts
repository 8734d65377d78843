/**
 * Intrinsic functions, evaluated lazily: only the values a model builder reads are ever resolved.
 * Whatever cannot be known before deployment (an account id, an imported value, a parameter with no
 * default) resolves to `unknown`, so rules never raise an alarm on a guess.
 */
import type { DefaultSource } from '../model/types.ts';
import { scalarText, valueOf, type MapNode, type Node } from '../parse/tree.ts';
import type { CfnTemplate } from './template.ts';

export type Resolved =
  | {
      kind: 'scalar';
      value: string | number | boolean | null;
      node: Node;
      via?: 'parameter' | 'secret-parameter';
      /** The parameter default the value came from, when no value was given for the parameter. */
      fromDefault?: DefaultSource;
    }
  | { kind: 'map'; node: MapNode }
  | { kind: 'seq'; items: Resolved[]; node: Node }
  /** `Ref` or `Fn::GetAtt` to a resource of this template. */
  | { kind: 'ref'; resource: string; attribute?: string; node: Node }
  | { kind: 'unknown'; node: Node; why: string }
  /** `AWS::NoValue`: the property is removed, as if never written. */
  | { kind: 'absent'; node: Node };

export interface EvalContext {
  template: CfnTemplate;
  /** Values given by the user (`--param Key=Value`); they win over defaults. */
  params: ReadonlyMap<string, string>;
  /** The value of every condition in this scenario. */
  conditions: ReadonlyMap<string, boolean | undefined>;
  /**
   * Values the scenario gives the parameters its conditions compare (`Equals [!Ref Cidr, 0.0.0.0/0]` holds, so
   * `Cidr` is `0.0.0.0/0`); `anotherValue` when it is none the template names. Pinned values still win.
   */
  inputs?: ReadonlyMap<string, string>;
}

/** A scenario input unlike every literal in the template: equal to none of them, and unknown as a value. */
export const anotherValue = '\u0000(another value)';

const maxDepth = 64;

function intrinsicName(node: MapNode): string | undefined {
  if (node.entries.length !== 1) return undefined;
  const key = node.entries[0]?.key;
  return key === 'Ref' || key?.startsWith('Fn::') ? key : undefined;
}

const unknown = (node: Node, why: string): Resolved => ({ kind: 'unknown', node, why });

/** Scalar text of a resolved value, when it is known. */
export function knownText(resolved: Resolved | undefined): string | undefined {
  if (resolved?.kind !== 'scalar' || resolved.value === null) return undefined;
  return String(resolved.value);
}

export function evaluate(node: Node, ctx: EvalContext, depth = 0): Resolved {
  if (node.kind === 'scalar') return { kind: 'scalar', value: node.value, node };
  if (node.kind === 'seq') {
    const items: Resolved[] = [];
    for (const item of node.items) {
      const resolved = evaluate(item, ctx, depth + 1);
      if (resolved.kind !== 'absent') items.push(resolved);
    }
    return { kind: 'seq', items, node };
  }
  const name = intrinsicName(node);
  if (!name) return { kind: 'map', node };
  if (depth > maxDepth) return unknown(node, 'intrinsic functions nested too deeply');
  const argument = node.entries[0]!.value;
  switch (name) {
    case 'Ref':
      return evaluateRef(scalarText(argument) ?? '', node, ctx, depth);
    case 'Fn::GetAtt':
      return evaluateGetAtt(argument, node, ctx, depth);
    case 'Fn::Sub':
      return evaluateSub(argument, node, ctx, depth);
    case 'Fn::Join':
      return evaluateJoin(argument, node, ctx, depth);
    case 'Fn::Select':
      return evaluateSelect(argument, node, ctx, depth);
    case 'Fn::Split':
      return evaluateSplit(argument, node, ctx, depth);
    case 'Fn::FindInMap':
      return evaluateFindInMap(argument, node, ctx, depth);
    case 'Fn::If':
      return evaluateIf(argument, node, ctx, depth);
    case 'Fn::Base64':
      return evaluate(argument, ctx, depth + 1);
    case 'Fn::Equals':
    case 'Fn::And':
    case 'Fn::Or':
    case 'Fn::Not': {
      const value = evaluateCondition(node, ctx, depth);
      return value === undefined ? unknown(node, 'condition depends on values known only at deploy time') : { kind: 'scalar', value, node };
    }
    case 'Fn::Length': {
      const list = evaluate(argument, ctx, depth + 1);
      return list.kind === 'seq' ? { kind: 'scalar', value: list.items.length, node } : unknown(node, 'length of a list known only at deploy time');
    }
    case 'Fn::GetAZs':
      return unknown(node, 'availability zones of the region');
    case 'Fn::ImportValue':
      return unknown(node, 'value imported from another stack');
    default:
      return unknown(node, `${name} is evaluated by CloudFormation at deploy time`);
  }
}

const pseudoParameters = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);

/** The value a parameter has in this check: user-given, else its default, else unknown. */
export function parameterValue(name: string, site: Node, ctx: EvalContext, depth: number): Resolved {
  const parameter = ctx.template.parameters.get(name);
  if (!parameter) return unknown(site, `parameter ${name}`);
  const via = parameter.noEcho ? 'secret-parameter' : 'parameter';
  const given = ctx.params.get(name);
  const chosen = given === undefined ? ctx.inputs?.get(name) : undefined;
  const defaultText = parameter.default ? scalarText(parameter.default) : undefined;
  if (chosen === anotherValue) return unknown(site, `parameter ${name} has a value other than those the template compares it with`);
  const isList = parameter.type.startsWith('List<') || parameter.type === 'CommaDelimitedList';
  let resolved: Resolved;
  if (given !== undefined) {
    resolved = { kind: 'scalar', value: given, node: site, via };
  } else if (chosen !== undefined && chosen !== defaultText) {
    resolved = { kind: 'scalar', value: chosen, node: site, via };
  } else if (parameter.default) {
    const written = parameter.default;
    // A NoEcho default is a secret: the note names the parameter, never the value.
    const where = { file: ctx.template.file, start: written.start, end: written.end, ...(parameter.type.startsWith('AWS::SSM::Parameter::Value<') ? { lookup: true as const } : {}) };
    const fromDefault = (value: string): DefaultSource => (parameter.noEcho ? { kind: 'parameter', name, secret: true, ...where } : { kind: 'parameter', name, value, ...where });
    resolved = evaluate(written, ctx, depth + 1);
    if (resolved.kind === 'scalar') resolved = { ...resolved, node: site, via, fromDefault: fromDefault(String(resolved.value ?? '')) };
    if (isList && resolved.kind === 'scalar') {
      const text = String(resolved.value ?? '');
      const items: Resolved[] = text === '' ? [] : text.split(',').map((part) => ({ kind: 'scalar', value: part.trim(), node: site, via, fromDefault: fromDefault(part.trim()) }));
      return { kind: 'seq', items, node: site };
    }
  } else {
    return unknown(site, `parameter ${name} has no default; pass --param ${name}=… to check a specific value`);
  }
  if (isList && resolved.kind === 'scalar') {
    const text = String(resolved.value ?? '');
    const items: Resolved[] = text === '' ? [] : text.split(',').map((part) => ({ kind: 'scalar', value: part.trim(), node: site, via }));
    return { kind: 'seq', items, node: site };
  }
  return resolved;
}

function evaluateRef(target: string, node: Node, ctx: EvalContext, depth: number): Resolved {
  if (target === 'AWS::NoValue') return { kind: 'absent', node };
  if (pseudoParameters.has(target)) {
    const given = ctx.params.get(target) ?? ctx.inputs?.get(target);
    return given === undefined || given === anotherValue ? unknown(node, `${target} is known only at deploy time`) : { kind: 'scalar', value: given, node };
  }
  if (ctx.template.parameters.has(target)) return parameterValue(target, node, ctx, depth);
  if (ctx.template.resources.has(target)) return { kind: 'ref', resource: target, node };
  return unknown(node, `Ref to ${target}, which this template does not declare`);
}

function evaluateGetAtt(argument: Node, node: Node, ctx: EvalContext, depth: number): Resolved {
  let resource: string | undefined;
  let attribute: string | undefined;
  if (argument.kind === 'scalar') {
    const text = argument.text;
    const dot = text.indexOf('.');
    resource = dot === -1 ? text : text.slice(0, dot);
    attribute = dot === -1 ? undefined : text.slice(dot + 1);
  } else if (argument.kind === 'seq') {
    resource = scalarText(argument.items[0]);
    const attributeNode = argument.items[1];
    attribute = attributeNode ? knownText(evaluate(attributeNode, ctx, depth + 1)) : undefined;
  }
  if (!resource || !ctx.template.resources.has(resource)) return unknown(node, `Fn::GetAtt on ${resource ?? 'an unnamed resource'}`);
  return attribute === undefined ? { kind: 'ref', resource, node } : { kind: 'ref', resource, attribute, node };
}

function evaluateSub(argument: Node, node: Node, ctx: EvalContext, depth: number): Resolved {
  let templateText: string | undefined;
  let variables: MapNode | undefined;
  if (argument.kind === 'scalar') templateText = argument.text;
  else if (argument.kind === 'seq') {
    templateText = scalarText(argument.items[0]);
    const second = argument.items[1];
    if (second?.kind === 'map') variables = second;
  }
  if (templateText === undefined) return unknown(node, 'Fn::Sub with a computed template string');
  let unresolved: string | undefined;
  let fromDefault: DefaultSource | undefined;
  const result = templateText.replace(/\$\{([^}]*)\}/g, (whole, rawName: string) => {
    if (rawName.startsWith('!')) return '${' + rawName.slice(1) + '}';
    const name = rawName.trim();
    const variable = variables ? valueOf(variables, name) : undefined;
    let value: Resolved;
    if (variable) value = evaluate(variable, ctx, depth + 1);
    else if (ctx.template.parameters.has(name)) value = parameterValue(name, node, ctx, depth);
    else value = unknown(node, `\${${name}} is known only at deploy time`);
    const text = knownText(value);
    if (text === undefined) unresolved ??= name;
    if (value.kind === 'scalar') fromDefault ??= value.fromDefault;
    return text ?? whole;
  });
  if (unresolved !== undefined) return unknown(node, `Fn::Sub needs \${${unresolved}}, which is known only at deploy time`);
  return fromDefault ? { kind: 'scalar', value: result, node, fromDefault } : { kind: 'scalar', value: result, node };
}

function evaluateJoin(argument: Node, node: Node, ctx: EvalContext, depth: number): Resolved {
  if (argument.kind !== 'seq' || argument.items.length !== 2) return unknown(node, 'malformed Fn::Join');
  const delimiter = knownText(evaluate(argument.items[0]!, ctx, depth + 1));
  const list = evaluate(argument.items[1]!, ctx, depth + 1);
  if (delimiter === undefined || list.kind !== 'seq') return unknown(node, 'Fn::Join over values known only at deploy time');
  const parts: string[] = [];
  let fromDefault: DefaultSource | undefined;
  for (const item of list.items) {
    const text = knownText(item);
    if (text === undefined) return unknown(node, 'Fn::Join over values known only at deploy time');
    if (item.kind === 'scalar') fromDefault ??= item.fromDefault;
    parts.push(text);
  }
  return fromDefault ? { kind: 'scalar', value: parts.join(delimiter), node, fromDefault } : { kind: 'scalar', value: parts.join(delimiter), node };
}

function evaluateSelect(argument: Node, node: Node, ctx: EvalContext, depth: number): Resolved {
  if (argument.kind !== 'seq' || argument.items.length !== 2) return unknown(node, 'malformed Fn::Select');
  const index = Number(knownText(evaluate(argument.items[0]!, ctx, depth + 1)));
  const list = evaluate(argument.items[1]!, ctx, depth + 1);
  if (!Number.isInteger(index) || list.kind !== 'seq') return unknown(node, 'Fn::Select from a list known only at deploy time');
  const item = list.items[index];
  if (!item) return unknown(node, `Fn::Select index ${index} is past the end of the list`);
  return item.kind === 'scalar' ? { ...item, node } : item;
}

function evaluateSplit(argument: Node, node: Node, ctx: EvalContext, depth: number): Resolved {
  if (argument.kind !== 'seq' || argument.items.length !== 2) return unknown(node, 'malformed Fn::Split');
  const delimiter = knownText(evaluate(argument.items[0]!, ctx, depth + 1));
  const source = knownText(evaluate(argument.items[1]!, ctx, depth + 1));
  if (delimiter === undefined || source === undefined) return unknown(node, 'Fn::Split of a value known only at deploy time');
  return { kind: 'seq', node, items: source.split(delimiter).map((part) => ({ kind: 'scalar', value: part, node })) };
}

function evaluateFindInMap(argument: Node, node: Node, ctx: EvalContext, depth: number): Resolved {
  if (argument.kind !== 'seq' || argument.items.length < 3) return unknown(node, 'malformed Fn::FindInMap');
  const [mapName, topKey, secondKey] = argument.items.slice(0, 3).map((item) => knownText(evaluate(item, ctx, depth + 1)));
  const options = argument.items[3];
  const fallback = options?.kind === 'map' ? valueOf(options, 'DefaultValue') : undefined;
  const mapping = mapName && ctx.template.mappings ? valueOf(ctx.template.mappings, mapName) : undefined;
  const level = mapping?.kind === 'map' && topKey !== undefined ? valueOf(mapping, topKey) : undefined;
  const found = level?.kind === 'map' && secondKey !== undefined ? valueOf(level, secondKey) : undefined;
  const chosen = found ?? fallback;
  if (!chosen) return unknown(node, 'Fn::FindInMap with keys known only at deploy time');
  const resolved = evaluate(chosen, ctx, depth + 1);
  // Point at the call in the resource, where the user reads the setting, not at the mapping table.
  return resolved.kind === 'scalar' ? { ...resolved, node } : resolved;
}

function evaluateIf(argument: Node, node: Node, ctx: EvalContext, depth: number): Resolved {
  if (argument.kind !== 'seq' || argument.items.length !== 3) return unknown(node, 'malformed Fn::If');
  const condition = scalarText(argument.items[0]);
  const value = condition === undefined ? undefined : ctx.conditions.get(condition);
  if (value === undefined) return unknown(node, `condition ${condition ?? '?'} cannot be decided`);
  return evaluate(argument.items[value ? 1 : 2]!, ctx, depth + 1);
}

/** Three-valued evaluation of a condition expression: `undefined` when it depends on unknown values. */
export function evaluateCondition(node: Node, ctx: EvalContext, depth = 0): boolean | undefined {
  if (depth > maxDepth) return undefined;
  if (node.kind === 'scalar') return typeof node.value === 'boolean' ? node.value : node.text === 'true' ? true : node.text === 'false' ? false : undefined;
  if (node.kind !== 'map' || node.entries.length !== 1) return undefined;
  const { key, value: argument } = node.entries[0]!;
  const items = argument.kind === 'seq' ? argument.items : [];
  switch (key) {
    case 'Condition': {
      const name = scalarText(argument);
      return name === undefined ? undefined : ctx.conditions.get(name);
    }
    case 'Fn::Equals': {
      if (items.length !== 2) return undefined;
      const [left, right] = items.map((item) => evaluate(item, ctx, depth + 1));
      const leftText = knownText(left);
      const rightText = knownText(right);
      return leftText !== undefined && rightText !== undefined ? leftText === rightText : undefined;
    }
    case 'Fn::Not':
      return items.length === 1 ? negate(evaluateCondition(items[0]!, ctx, depth + 1)) : undefined;
    case 'Fn::And': {
      let result: boolean | undefined = true;
      for (const item of items) {
        const value = evaluateCondition(item, ctx, depth + 1);
        if (value === false) return false;
        if (value === undefined) result = undefined;
      }
      return result;
    }
    case 'Fn::Or': {
      let result: boolean | undefined = false;
      for (const item of items) {
        const value = evaluateCondition(item, ctx, depth + 1);
        if (value === true) return true;
        if (value === undefined) result = undefined;
      }
      return result;
    }
    default:
      return undefined;
  }
}

function negate(value: boolean | undefined): boolean | undefined {
  return value === undefined ? undefined : !value;
}
