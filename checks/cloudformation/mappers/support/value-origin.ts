/**
 * Where a resolved value comes from: written into the template, a parameter (masked or not), a dynamic
 * reference, or another resource. Used for settings whose exposure matters more than their value (secrets).
 */
import type { ValueOrigin } from '../../../model/aws/compute.ts';
import { scalarText, valueOf, type Node } from '../../../parse/tree.ts';
import { knownText, type Resolved } from '../../evaluate.ts';
import type { CfnTemplate } from '../../template.ts';

export interface References {
  parameters: string[];
  resources: string[];
}

const subVariable = /\$\{([^!}][^}]*)\}/g;

/** Names in `${…}` of a `Fn::Sub` string, without the attribute part (`${Queue.Arn}` → `Queue`). */
function subNames(text: string): string[] {
  return [...text.matchAll(subVariable)].map((match) => match[1]!.trim().split('.')[0]!);
}

/**
 * Parameters and resources a raw template node takes its value from: `Ref`, `Fn::GetAtt` and `${…}` in
 * `Fn::Sub`, through `Fn::Join`, `Fn::Select`, `Fn::If` and the like. `Fn::FindInMap` is not followed: its
 * keys only choose an entry, and the entry itself is written in the template.
 */
export function referencesIn(node: Node, template: CfnTemplate): References {
  const found: References = { parameters: [], resources: [] };
  const add = (name: string | undefined) => {
    if (name === undefined) return;
    if (template.parameters.has(name)) found.parameters.push(name);
    else if (template.resources.has(name)) found.resources.push(name);
    // SAM's `!Ref Fn.Version` and `!Ref Fn.Alias` name resources SAM generates for the function `Fn`.
    else if (template.resources.has(name.split('.')[0]!)) found.resources.push(name.split('.')[0]!);
  };
  const visit = (current: Node): void => {
    if (current.kind === 'scalar') return;
    if (current.kind === 'seq') return current.items.forEach(visit);
    const only = current.entries.length === 1 ? current.entries[0]! : undefined;
    switch (only?.key) {
      case 'Ref':
        return add(scalarText(only.value));
      case 'Fn::GetAtt':
        return add(only.value.kind === 'seq' ? scalarText(only.value.items[0]) : scalarText(only.value)?.split('.')[0]);
      case 'Fn::FindInMap':
        return;
      case 'Fn::Sub': {
        const [textNode, variables] = only.value.kind === 'seq' ? [only.value.items[0], only.value.items[1]] : [only.value, undefined];
        const own = variables?.kind === 'map' ? variables : undefined;
        for (const name of subNames(scalarText(textNode) ?? '')) {
          const variable = own ? valueOf(own, name) : undefined;
          if (variable) visit(variable);
          else add(name);
        }
        return;
      }
    }
    for (const entry of current.entries) visit(entry.value);
  };
  visit(node);
  return found;
}

/** `{{resolve:secretsmanager:…}}`, `{{resolve:ssm-secure:…}}` or `{{resolve:ssm:…}}` anywhere in the text. */
export const isDynamicReference = (text: string) => text.includes('{{resolve:');

export function valueOrigin(resolved: Resolved | undefined, template: CfnTemplate): ValueOrigin {
  if (!resolved || resolved.kind === 'absent') return 'unknown';
  const text = knownText(resolved);
  if (text !== undefined && isDynamicReference(text)) return 'dynamic-reference';
  if (resolved.kind === 'ref') return 'resource-reference';
  if (resolved.kind === 'scalar' && resolved.via) return resolved.via;
  const { parameters, resources } = referencesIn(resolved.node, template);
  if (parameters.some((name) => template.parameters.get(name)?.noEcho)) return 'secret-parameter';
  if (resources.length > 0) return 'resource-reference';
  if (parameters.length > 0) return 'parameter';
  return resolved.kind === 'scalar' ? 'literal' : 'unknown';
}
