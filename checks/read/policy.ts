/**
 * IAM policy documents (identity and resource policies) read into the model's statement shape, from any format's
 * values: CloudFormation's `PolicyDocument` maps, Terraform's decoded JSON policies.
 */
import type { PolicyCondition, PolicyDocument, PolicyStatement, StatementPrincipal } from '../model/aws/iam.ts';
import { text } from './convert.ts';
import type { Cursor, Reader } from './cursor.ts';

const shapeOf = <V>(cursor: Cursor<V>) => (cursor.value === undefined ? undefined : cursor.tree.shape(cursor.value));
const textOf = <V>(cursor: Cursor<V>, value: V | undefined) => (value === undefined ? undefined : cursor.tree.text(value));

function stringsOf<V>(reader: Reader<V>, cursor: Cursor<V>): string[] | undefined {
  const shape = shapeOf(cursor);
  if (shape === undefined) return [];
  if (shape === 'scalar') {
    const single = textOf(cursor, cursor.value);
    return single === undefined ? undefined : [single];
  }
  if (shape !== 'seq') return undefined;
  const result: string[] = [];
  for (const item of reader.items(cursor)) {
    const itemText = textOf(item, item.value);
    if (itemText === undefined) return undefined;
    result.push(itemText);
  }
  return result;
}

function principalIsEveryone<V>(reader: Reader<V>, statement: Cursor<V>): boolean | undefined {
  const principal = reader.field(statement, 'Principal');
  const shape = shapeOf(principal);
  if (shape === undefined) return false;
  if (shape === 'scalar') return textOf(principal, principal.value) === '*';
  if (shape !== 'map') return undefined;
  const values = stringsOf(reader, reader.field(principal, 'AWS'));
  if (values === undefined) return undefined;
  return values.includes('*');
}

/** Every identifier the `Principal` names, by type; the bare `"*"` is type `*`. */
function principalsOf<V>(reader: Reader<V>, statement: Cursor<V>): StatementPrincipal[] {
  const principal = reader.field(statement, 'Principal');
  const shape = shapeOf(principal);
  if (shape === 'scalar') return [{ type: '*', value: textOf(principal, principal.value) }];
  if (shape !== 'map') return [];
  return reader.entries(principal).flatMap(({ key: type, cursor }) => {
    const shapeOfValue = shapeOf(cursor);
    const values = shapeOfValue === 'seq' ? reader.items(cursor).map((item) => textOf(item, item.value)) : shapeOfValue === undefined ? [] : [textOf(cursor, cursor.value)];
    return values.map((value) => ({ type, value }));
  });
}

function conditionsOf<V>(reader: Reader<V>, statement: Cursor<V>): PolicyCondition[] {
  const conditions: PolicyCondition[] = [];
  for (const { key: operator, cursor } of reader.entries(reader.field(statement, 'Condition'))) {
    for (const { key, cursor: valueCursor } of reader.entries(cursor)) {
      const shape = shapeOf(valueCursor);
      const items = shape === 'seq' ? reader.items(valueCursor).map((item) => item.value) : shape === undefined ? [] : [valueCursor.value];
      conditions.push({ operator, key: key.toLowerCase(), values: items.map((item) => textOf(valueCursor, item)) });
    }
  }
  return conditions;
}

export function readPolicyDocument<V>(reader: Reader<V>, document: Cursor<V>): PolicyDocument | undefined {
  if (shapeOf(document) !== 'map') return undefined;
  const statementCursor = reader.field(document, 'Statement');
  const statementCursors = shapeOf(statementCursor) === 'map' ? [statementCursor] : reader.items(statementCursor);
  const statements: PolicyStatement[] = statementCursors
    .filter((cursor) => shapeOf(cursor) === 'map')
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
        actions: stringsOf(reader, notAction.value !== undefined ? notAction : action)?.map((name) => name.toLowerCase()),
        notAction: notAction.value !== undefined,
        resources: stringsOf(reader, notResource.value !== undefined ? notResource : resource),
        notResource: notResource.value !== undefined,
        conditions: conditionsOf(reader, cursor),
        principals: principalsOf(reader, cursor),
      } satisfies PolicyStatement;
    });
  return { at: document.at, statements };
}
