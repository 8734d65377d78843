/**
 * Template expressions read as written rather than evaluated: a `!Sub table/${Orders}` is unknown until
 * deploy time, yet its written form plainly names the resource `Orders`.
 */
import type { DeclaredResource, ResourceReference } from '../formats/format.ts';
import type { MapNode, Node } from '../parse/tree.ts';
import { scalarText, valueOf } from '../parse/tree.ts';
import { escapePointer } from '../read/cursor.ts';
import { addressOf, type CfnResource, type CfnTemplate } from './template.ts';

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

/**
 * Every resource of the template with the others it names through `Ref`, `Fn::GetAtt`, `Fn::Sub` placeholders
 * (`${Queue.Arn}`) and `DependsOn`. One walk over each resource's `Properties`, nothing evaluated: both branches
 * of an `Fn::If` count, since the picture covers every scenario.
 */
export function declaredResources(template: CfnTemplate): DeclaredResource[] {
  return [...template.resources.values()].map((resource) => ({
    name: resource.logicalId,
    sourceType: resource.type,
    address: addressOf(template, resource.type, resource.logicalId),
    at: { file: template.file, start: resource.entry.keyStart, end: resource.entry.keyEnd, pointer: `/Resources/${escapePointer(resource.logicalId)}` },
    references: referencesOf(template, resource),
  }));
}

function referencesOf(template: CfnTemplate, resource: CfnResource): ResourceReference[] {
  const found = new Map<string, ResourceReference>();
  const add = (to: string | undefined, kind: ResourceReference['kind'], property?: string) => {
    if (to === undefined || to === resource.logicalId || !template.resources.has(to)) return;
    const known = found.get(to);
    if (known?.kind === 'value' || (known && kind === 'order')) return;
    // A later value reference upgrades an earlier `DependsOn`, keeping the first-named order.
    found.set(to, property === undefined ? { to, kind } : { to, kind, property });
  };
  for (const entry of resource.properties?.entries ?? []) {
    for (const name of namedResources(entry.value)) add(name, 'value', entry.key);
  }
  const dependsOn = resource.entry.value.kind === 'map' ? valueOf(resource.entry.value, 'DependsOn') : undefined;
  const dependencies = dependsOn?.kind === 'seq' ? dependsOn.items : dependsOn ? [dependsOn] : [];
  for (const dependency of dependencies) add(scalarText(dependency), 'order');
  return [...found.values()];
}

/** Names a value refers to, possibly of parameters or pseudo parameters (the caller keeps resources only). */
function namedResources(value: Node): string[] {
  const names: string[] = [];
  // Children are pushed last first, so they come off the stack in source order.
  const pending: Node[] = [value];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.kind === 'seq') for (let index = node.items.length - 1; index >= 0; index--) pending.push(node.items[index]!);
    if (node.kind !== 'map') continue;
    const call = intrinsic(node);
    if (call?.name === 'Ref') names.push(scalarText(call.argument) ?? '');
    else if (call?.name === 'Fn::GetAtt') {
      const target = call.argument.kind === 'seq' ? scalarText(call.argument.items[0]) : scalarText(call.argument)?.split('.')[0];
      names.push(target ?? '');
    } else if (call?.name === 'Fn::Sub') {
      const { argument } = call;
      const text = scalarText(argument.kind === 'seq' ? argument.items[0] : argument);
      const variables = argument.kind === 'seq' && argument.items[1]?.kind === 'map' ? argument.items[1] : undefined;
      // `${Name}` names the Sub's own variable when it has one of that name, not a resource.
      for (const name of subPlaceholders(text ?? '')) if (!variables || !valueOf(variables, name)) names.push(name);
      if (variables) pending.push(variables);
      continue;
    }
    for (let index = node.entries.length - 1; index >= 0; index--) pending.push(node.entries[index]!.value);
  }
  return names;
}
