/**
 * IAM policy documents as Terraform configurations write them: JSON text (`jsonencode({ … })`, a heredoc, a
 * file), or the `json` of an `aws_iam_policy_document` data source. A data source's statement blocks are read
 * directly, so what is written literally (effect, actions, principals, conditions) is known even when a resource
 * ARN in the same statement is known only at apply time, as it nearly always is.
 */
import type { PolicyDocument, StatementSpelling } from '../../model/aws/iam.ts';
import type { Links } from '../../read/build.ts';
import { readPolicyDocument } from '../../read/policy.ts';
import type { TfValue } from '../index.ts';
import { decodedJson } from './common.ts';
import type { Cursor, TfReader } from './reader.ts';
import { modulePrefixOf } from './references.ts';

type Entries = Map<string, { keyStart: number; end: number; value: TfValue | undefined }>;

function put(entries: Entries, key: string, value: TfValue | undefined): void {
  if (value !== undefined) entries.set(key, { keyStart: value.start, end: value.end, value });
}

/** `principals { type = "AWS", identifiers = [...] }` blocks as the JSON `Principal` they render to. */
function principalOf(reader: TfReader, blocks: Cursor[], at: { start: number; end: number }): TfValue | undefined {
  if (blocks.length === 0) return undefined;
  const byType = new Map<string, TfValue[]>();
  for (const block of blocks) {
    const type = reader.field(block, 'type').value;
    const identifiers = reader.field(block, 'identifiers').value;
    if (type?.kind !== 'scalar') return { kind: 'unknown', why: 'the principal type is known only at apply time', ...at };
    // `type = "*"` renders as `"Principal": "*"`, everyone.
    if (type.value === '*') return { kind: 'scalar', value: '*', start: type.start, end: type.end };
    const items = identifiers?.kind === 'seq' ? identifiers.items : identifiers ? [identifiers] : [];
    byType.set(String(type.value), [...(byType.get(String(type.value)) ?? []), ...items]);
  }
  const entries: Entries = new Map();
  for (const [type, items] of byType) put(entries, type, { kind: 'seq', items, ...at });
  return { kind: 'map', entries, ...at };
}

/** `condition { test, variable, values }` blocks as the JSON `Condition` they render to. */
function conditionOf(reader: TfReader, blocks: Cursor[], at: { start: number; end: number }): TfValue | undefined {
  if (blocks.length === 0) return undefined;
  const operators: Entries = new Map();
  for (const block of blocks) {
    const test = reader.field(block, 'test').value;
    const variable = reader.field(block, 'variable').value;
    if (test?.kind !== 'scalar' || variable?.kind !== 'scalar') continue;
    const operator = operators.get(String(test.value))?.value;
    const keys: Entries = operator?.kind === 'map' ? operator.entries : new Map();
    put(keys, String(variable.value), reader.field(block, 'values').value);
    put(operators, String(test.value), { kind: 'map', entries: keys, ...at });
  }
  return { kind: 'map', entries: operators, ...at };
}

/** One `statement` block as the JSON statement it renders to, each value keeping its place in the data source. */
function statementOf(reader: TfReader, block: Cursor): TfValue {
  const at = { start: block.at.start, end: block.at.end };
  const field = (name: string) => reader.field(block, name).value;
  const entries: Entries = new Map();
  put(entries, 'Effect', field('effect') ?? { kind: 'scalar', value: 'Allow', ...at });
  put(entries, 'Action', field('actions'));
  put(entries, 'NotAction', field('not_actions'));
  put(entries, 'Resource', field('resources'));
  put(entries, 'NotResource', field('not_resources'));
  put(entries, 'Principal', principalOf(reader, reader.blocks(reader.field(block, 'principals')), at));
  put(entries, 'Condition', conditionOf(reader, reader.blocks(reader.field(block, 'condition')), at));
  return { kind: 'map', entries, ...at };
}

/** What a finding quotes of a statement block, in the block's own arguments rather than the JSON they render to. */
const dataSourceSpelling: StatementSpelling = { everyone: 'principals { identifiers = ["*"] }', anyAction: 'actions = ["*"]', anyResource: 'resources = ["*"]' };

/**
 * The statements of an `aws_iam_policy_document`. Documents it merges in (`source_policy_documents`) add theirs;
 * one that overrides statements by sid, or a merged document not known before apply, makes it unreadable.
 */
function dataSourceDocument(data: TfReader): PolicyDocument | undefined {
  const at = { start: data.place.start, end: data.place.end };
  const entries: Entries = new Map();
  put(entries, 'Statement', { kind: 'seq', items: data.blocks(data.get('statement')).map((block) => statementOf(data, block)), ...at });
  const read = readPolicyDocument(data, { ...data.properties, value: { kind: 'map', entries, ...at } });
  if (!read) return undefined;
  const document: PolicyDocument = { ...read, statements: read.statements.map((statement) => ({ ...statement, written: dataSourceSpelling })) };
  if (data.get('override_policy_documents').value !== undefined) return { at: data.place, statements: [], unreadable: true };
  for (const source of data.items(data.get('source_policy_documents'))) {
    const merged = readPolicyDocument(data, decodedJson(source));
    if (!merged) return { at: data.place, statements: [], unreadable: true };
    document.statements.push(...merged.statements);
  }
  return document;
}

/** `data.aws_iam_policy_document.NAME.json`, the whole expression, as the data source's address in this module. */
function dataSourceNamed(reader: TfReader, cursor: Cursor): string | undefined {
  const value = cursor.value;
  if (value === undefined) return undefined;
  const written = reader.resource.file.text.slice(value.start, value.end).trim();
  const match = /^data\.aws_iam_policy_document\.([A-Za-z_][\w-]*(?:\[(?:\d+|"[^"\\]*")\])?)\.json$/.exec(written);
  return match ? `${modulePrefixOf(reader.resource)}data.aws_iam_policy_document.${match[1]}` : undefined;
}

/**
 * The policy document a setting holds; `undefined` when none is written (or it is not a policy at all), and an
 * unreadable document when it is written but known only at apply time.
 */
export function policyDocumentOf(reader: TfReader, cursor: Cursor, links: Links<TfReader>): PolicyDocument | undefined {
  if (cursor.value === undefined) return undefined;
  const address = dataSourceNamed(reader, cursor);
  const data = address === undefined ? undefined : links.reader(address);
  // Statements point into the data source; the document as a whole is where the resource names it.
  const fromData = data ? dataSourceDocument(data) : undefined;
  if (fromData) return { ...fromData, at: cursor.at };
  const decoded = decodedJson(cursor);
  if (decoded.value?.kind === 'unknown') return { at: cursor.at, statements: [], unreadable: true };
  return readPolicyDocument(reader, decoded);
}
