/**
 * Secrets in what a CloudFormation instance, launch template or launch configuration hands its instances at boot:
 * `UserData`, and the `AWS::CloudFormation::Init` (and `AWS::CloudFormation::Authentication`) metadata cfn-init reads.
 * The template is read as written, not evaluated: a `NoEcho` parameter's value is not known, only that it is
 * interpolated, and a literal is a finding in whichever branch of a condition it is written.
 */
import type { BootSecret } from '../../../model/aws/compute.ts';
import type { Place } from '../../../model/types.ts';
import { scalarText, valueOf, type MapNode, type Node } from '../../../parse/tree.ts';
import { bootSecretsIn, isWrittenSecret, locate, namesSecret, onePerLine } from '../../../read/aws/boot-secrets.ts';
import { escapePointer } from '../../../read/cursor.ts';
import type { ResourceReader } from '../../read.ts';

const metadataKeys = ['AWS::CloudFormation::Init', 'AWS::CloudFormation::Authentication'];

/** Every `${Name}` of a `Fn::Sub` string (not `${!Literal}`), by plain scanning. */
function placeholders(text: string): string[] {
  const names: string[] = [];
  for (let open = text.indexOf('${'); open !== -1; open = text.indexOf('${', open + 2)) {
    const close = text.indexOf('}', open + 2);
    if (close === -1) break;
    if (text[open + 2] !== '!') names.push(text.slice(open + 2, close).trim());
  }
  return names;
}

function secretsOf(reader: ResourceReader, root: Node, property: string, pointer: string): BootSecret[] {
  const { template, conditions } = reader.ctx;
  const file = template.file;
  const found: BootSecret[] = [];
  const placeOf = (node: Node): Place => ({ file, start: node.start, end: node.end, pointer });
  const isMasked = (name: string) => template.parameters.get(name)?.noEcho === true;
  const visit = (node: Node): void => {
    if (node.kind === 'scalar') {
      if (typeof node.value === 'string') found.push(...bootSecretsIn(node.text, placeOf(node), property));
      return;
    }
    if (node.kind === 'seq') return node.items.forEach(visit);
    const only = node.entries.length === 1 ? node.entries[0]! : undefined;
    switch (only?.key) {
      case 'Ref': {
        const name = scalarText(only.value);
        if (name !== undefined && isMasked(name)) found.push({ at: placeOf(node), kind: 'secret-input', name, property });
        return;
      }
      case 'Fn::Sub': {
        const [textNode, variables] = only.value.kind === 'seq' ? [only.value.items[0], only.value.items[1]] : [only.value, undefined];
        const own = variables?.kind === 'map' ? variables : undefined;
        if (textNode?.kind === 'scalar') {
          visit(textNode);
          for (const name of placeholders(textNode.text))
            if (!(own && valueOf(own, name)) && isMasked(name)) found.push({ at: locate(placeOf(textNode), `\${${name}}`), kind: 'secret-input', name, property });
        }
        if (own) own.entries.forEach((entry) => visit(entry.value));
        return;
      }
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = only.value.kind === 'seq' ? only.value.items : [];
        const value = conditions.get(scalarText(condition) ?? '');
        if (whenTrue && value !== false) visit(whenTrue);
        if (whenFalse && value !== true) visit(whenFalse);
        return;
      }
      case 'Fn::GetAtt':
      case 'Fn::FindInMap':
      case 'Fn::ImportValue':
        return;
    }
    for (const entry of node.entries) {
      const value = entry.value;
      // cfn-init `env`, `files` content written as JSON, an authentication block's `password`.
      if (value.kind === 'scalar' && namesSecret(entry.key) && typeof value.value === 'string' && isWrittenSecret(value.text))
        found.push({ at: placeOf(value), kind: 'assignment', name: entry.key, property });
      else visit(value);
    }
  };
  visit(root);
  return found;
}

/** `UserData` (at `settings`, the properties or `LaunchTemplateData`) and the resource's cfn-init metadata. */
export function cfnBootSecrets(reader: ResourceReader, settings: MapNode | undefined, settingsPointer: string): BootSecret[] {
  const found: BootSecret[] = [];
  const userData = settings ? valueOf(settings, 'UserData') : undefined;
  if (userData) found.push(...secretsOf(reader, userData, 'UserData', `${settingsPointer}/UserData`));
  const metadata = reader.resource.metadata;
  for (const key of metadataKeys) {
    const node = metadata ? valueOf(metadata, key) : undefined;
    if (node) found.push(...secretsOf(reader, node, key, `${reader.place.pointer}/Metadata/${escapePointer(key)}`));
  }
  return onePerLine(found);
}
