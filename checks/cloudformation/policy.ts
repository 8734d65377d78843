/** IAM policy documents (identity and resource policies) read into the model's statement shape. */
import type { PolicyCondition, PolicyDocument, PolicyStatement } from '../model/aws/iam.ts';
import { knownText } from './evaluate.ts';
import { text, type Cursor, type ResourceReader } from './read.ts';

function stringsOf(reader: ResourceReader, cursor: Cursor): string[] | undefined {
  const value = cursor.value;
  if (!value) return [];
  if (value.kind === 'scalar') return [String(value.value)];
  if (value.kind !== 'seq') return undefined;
  const result: string[] = [];
  for (const item of reader.items(cursor)) {
    const itemText = knownText(item.value);
    if (itemText === undefined) return undefined;
    result.push(itemText);
  }
  return result;
}

function principalIsEveryone(reader: ResourceReader, statement: Cursor): boolean | undefined {
  const principal = reader.field(statement, 'Principal');
  if (!principal.value) return false;
  if (principal.value.kind === 'scalar') return knownText(principal.value) === '*';
  if (principal.value.kind !== 'map') return undefined;
  const aws = reader.field(principal, 'AWS');
  const values = stringsOf(reader, aws);
  if (values === undefined) return undefined;
  return values.includes('*');
}

function conditionsOf(reader: ResourceReader, statement: Cursor): PolicyCondition[] {
  const conditions: PolicyCondition[] = [];
  for (const { key: operator, cursor } of reader.entries(reader.field(statement, 'Condition'))) {
    for (const { key, cursor: valueCursor } of reader.entries(cursor)) {
      const value = valueCursor.value;
      const items = value?.kind === 'seq' ? value.items : value ? [value] : [];
      conditions.push({ operator, key: key.toLowerCase(), values: items.map((item) => knownText(item)) });
    }
  }
  return conditions;
}

export function readPolicyDocument(reader: ResourceReader, document: Cursor): PolicyDocument | undefined {
  if (document.value?.kind !== 'map') return undefined;
  const statementCursor = reader.field(document, 'Statement');
  const statementCursors = statementCursor.value?.kind === 'map' ? [statementCursor] : reader.items(statementCursor);
  const statements: PolicyStatement[] = statementCursors
    .filter((cursor) => cursor.value?.kind === 'map')
    .map((cursor) => {
      const effect = text(reader.field(cursor, 'Effect'));
      const action = reader.field(cursor, 'Action');
      const notAction = reader.field(cursor, 'NotAction');
      const resource = reader.field(cursor, 'Resource');
      const notResource = reader.field(cursor, 'NotResource');
      return {
        at: cursor.at,
        effect: effect.state === 'known' && (effect.value === 'Allow' || effect.value === 'Deny') ? { ...effect, value: effect.value } : { state: 'unknown', at: effect.at },
        principalIsEveryone: principalIsEveryone(reader, cursor),
        actions: stringsOf(reader, notAction.value ? notAction : action)?.map((name) => name.toLowerCase()),
        notAction: notAction.value !== undefined,
        resources: stringsOf(reader, notResource.value ? notResource : resource),
        notResource: notResource.value !== undefined,
        conditions: conditionsOf(reader, cursor),
      } satisfies PolicyStatement;
    });
  return { at: document.at, statements };
}
