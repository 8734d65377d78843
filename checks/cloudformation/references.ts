/**
 * Names a template expression refers to, read from the written form rather than its value: a
 * `!Sub table/${Orders}` is unknown until deploy time, yet it plainly points at the resource `Orders`.
 */
import type { MapNode, Node } from '../parse/tree.ts';
import { scalarText } from '../parse/tree.ts';

/** `${Name}` and `${Name.Attribute}` placeholders of a `Fn::Sub` string; `${!Literal}` is escaped text. */
export function subPlaceholders(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
    const raw = match[1]!.trim();
    if (raw.startsWith('!') || raw === '') continue;
    names.push(raw.split('.')[0]!);
  }
  return names;
}

function intrinsic(node: MapNode): { name: string; argument: Node } | undefined {
  const entry = node.entries.length === 1 ? node.entries[0] : undefined;
  return entry && (entry.key === 'Ref' || entry.key.startsWith('Fn::')) ? { name: entry.key, argument: entry.value } : undefined;
}

/**
 * Logical ids and parameter names referenced anywhere in `node`: `Ref`, `Fn::GetAtt` and `Fn::Sub`
 * placeholders (pseudo parameters such as `AWS::Region` included; callers match against what they know).
 */
export function namesReferencedBy(node: Node | undefined, names = new Set<string>()): Set<string> {
  if (!node || node.kind === 'scalar') return names;
  if (node.kind === 'seq') {
    for (const item of node.items) namesReferencedBy(item, names);
    return names;
  }
  const call = intrinsic(node);
  if (!call) {
    for (const entry of node.entries) namesReferencedBy(entry.value, names);
    return names;
  }
  const { name, argument } = call;
  if (name === 'Ref') {
    const target = scalarText(argument);
    if (target) names.add(target);
  } else if (name === 'Fn::GetAtt') {
    const target = argument.kind === 'seq' ? scalarText(argument.items[0]) : scalarText(argument)?.split('.')[0];
    if (target) names.add(target);
  } else if (name === 'Fn::Sub') {
    const template = argument.kind === 'seq' ? argument.items[0] : argument;
    const variables = argument.kind === 'seq' && argument.items[1]?.kind === 'map' ? argument.items[1] : undefined;
    const defined = new Set(variables?.entries.map((entry) => entry.key));
    for (const placeholder of subPlaceholders(scalarText(template) ?? '')) if (!defined.has(placeholder)) names.add(placeholder);
    if (variables) namesReferencedBy(variables, names);
  } else {
    namesReferencedBy(argument, names);
  }
  return names;
}
