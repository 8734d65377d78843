/**
 * `data "aws_iam_policy_document"` is computed by the provider from its arguments alone, so its `json` is known
 * when they are: built here as the provider writes it (statement keys in its order, sets sorted, a single
 * value written as a string), so policy rules read Terraform-built policies like written ones.
 */
import { referenceText } from '../eval/context.ts';
import { asText } from '../eval/convert.ts';
import { compareText } from '../functions/call.ts';
import { mapOf, scalar, unknown, type Span, type Value } from '../values.ts';

type Json = string | string[] | { [key: string]: Json };

/**
 * `json` and `minified_json` of a policy document whose body was evaluated with `referencesAsText`: a resource
 * attribute is written as `${aws_s3_bucket.b.arn}`; any other unknown input makes the document unknown.
 */
export function policyDocumentValue(body: Extract<Value, { kind: 'map' }>, at: Span): Value {
  const blocking = firstUnknownInput(body);
  if (blocking) return unknown(blocking.why, at);
  for (const merged of ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json']) {
    const value = body.entries.get(merged)?.value;
    if (value && value.kind !== 'null' && !(value.kind === 'seq' && value.items.length === 0)) return unknown(`${merged} merging is not evaluated`, at);
  }
  const document: { [key: string]: Json | Json[] } = { Version: text(body, 'version') ?? '2012-10-17' };
  const id = text(body, 'policy_id');
  if (id !== undefined) document.Id = id;
  const statements = blocks(body, 'statement').map(statement);
  if (statements.length > 0) document.Statement = statements;
  return mapOf(
    [
      ['json', scalar(JSON.stringify(document, null, 2), at)],
      ['minified_json', scalar(JSON.stringify(document), at)],
    ],
    at,
  );
}

function statement(body: Extract<Value, { kind: 'map' }>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  const sid = text(body, 'sid');
  if (sid !== undefined) out.Sid = sid;
  out.Effect = text(body, 'effect') ?? 'Allow';
  for (const [argument, key] of [
    ['actions', 'Action'],
    ['not_actions', 'NotAction'],
    ['resources', 'Resource'],
    ['not_resources', 'NotResource'],
  ] as const) {
    const values = texts(body, argument);
    if (values) out[key] = collapse(values.sort(compareText));
  }
  for (const [block, key] of [
    ['principals', 'Principal'],
    ['not_principals', 'NotPrincipal'],
  ] as const) {
    const principals = blocks(body, block);
    if (principals.length === 0) continue;
    const byType: { [type: string]: string[] } = {};
    for (const principal of principals) byType[text(principal, 'type') ?? ''] = [...(byType[text(principal, 'type') ?? ''] ?? []), ...(texts(principal, 'identifiers') ?? [])];
    const types = Object.keys(byType);
    // `type = "*"` with `identifiers = ["*"]` is written as the bare wildcard, as the provider does.
    out[key] = types.length === 1 && types[0] === '*' ? '*' : Object.fromEntries(types.sort(compareText).map((type) => [type, collapse(byType[type]!.sort(compareText))]));
  }
  const conditions = blocks(body, 'condition');
  if (conditions.length > 0) {
    const byTest: { [test: string]: { [variable: string]: Json } } = {};
    for (const condition of conditions) {
      const test = text(condition, 'test') ?? '';
      byTest[test] = { ...byTest[test], [text(condition, 'variable') ?? '']: collapse(texts(condition, 'values') ?? []) };
    }
    out.Condition = byTest;
  }
  return out;
}

function firstUnknownInput(value: Value): Extract<Value, { kind: 'unknown' }> | undefined {
  if (value.kind === 'unknown') return value;
  const children = value.kind === 'seq' ? value.items : value.kind === 'map' ? [...value.entries.values()].map((entry) => entry.value) : [];
  for (const child of children) {
    const found = firstUnknownInput(child);
    if (found) return found;
  }
  return undefined;
}

const collapse = (values: string[]): Json => (values.length === 1 ? values[0]! : values);

function text(body: Extract<Value, { kind: 'map' }>, name: string): string | undefined {
  const value = body.entries.get(name)?.value;
  if (value?.kind === 'ref') return referenceText(value);
  return value ? asText(value) : undefined;
}

function texts(body: Extract<Value, { kind: 'map' }>, name: string): string[] | undefined {
  const value = body.entries.get(name)?.value;
  if (value?.kind !== 'seq') return undefined;
  return value.items.map((item) => (item.kind === 'ref' ? referenceText(item) : (asText(item) ?? '')));
}

function blocks(body: Extract<Value, { kind: 'map' }>, name: string): Extract<Value, { kind: 'map' }>[] {
  const value = body.entries.get(name)?.value;
  if (value?.kind !== 'seq') return [];
  return value.items.filter((item): item is Extract<Value, { kind: 'map' }> => item.kind === 'map');
}
