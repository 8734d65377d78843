/**
 * Template expressions read as written rather than evaluated: a `!Sub table/${Orders}` is unknown until
 * deploy time, yet its written form plainly names the resource `Orders`.
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
 * An expression as one `Fn::Sub`-style string: `!Ref Orders` → `${Orders}`, `!Join ['/', [table, !Ref Orders]]`
 * → `table/${Orders}`, `!Sub ${Env}-orders` → `${Env}-orders`. Two expressions with the same written form
 * produce the same value at deploy time. `undefined` for anything else (conditions, lookups, imports).
 */
export function writtenForm(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value === null ? undefined : node.text;
  if (node.kind === 'seq') return undefined;
  const call = intrinsic(node);
  if (!call) return undefined;
  const { name, argument } = call;
  if (name === 'Ref') {
    const target = scalarText(argument);
    return target === undefined ? undefined : `\${${target}}`;
  }
  if (name === 'Fn::GetAtt') {
    const target = argument.kind === 'seq' ? argument.items.map(scalarText).join('.') : scalarText(argument);
    return target === undefined ? undefined : `\${${target}}`;
  }
  if (name === 'Fn::Sub') {
    const template = scalarText(argument.kind === 'seq' ? argument.items[0] : argument);
    const variables = argument.kind === 'seq' && argument.items[1]?.kind === 'map' ? argument.items[1] : undefined;
    if (template === undefined) return undefined;
    if (!variables) return template;
    let unresolved = false;
    const result = template.replace(/\$\{([^}!][^}]*)\}/g, (whole, raw: string) => {
      const variable = variables.entries.find((entry) => entry.key === raw.trim())?.value;
      if (!variable) return whole;
      const form = writtenForm(variable);
      if (form === undefined) unresolved = true;
      return form ?? whole;
    });
    return unresolved ? undefined : result;
  }
  if (name === 'Fn::Join' && argument.kind === 'seq' && argument.items.length === 2) {
    const delimiter = scalarText(argument.items[0]);
    const list = argument.items[1];
    if (delimiter === undefined || list?.kind !== 'seq') return undefined;
    const parts = list.items.map(writtenForm);
    return parts.every((part) => part !== undefined) ? parts.join(delimiter) : undefined;
  }
  return undefined;
}
