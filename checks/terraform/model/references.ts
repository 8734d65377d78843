/**
 * Which resources a setting takes its value from. A plain reference (`aws_lb.web.dns_name`) evaluates to the
 * resource's address; a string template or a function over references (`"service/${aws_ecs_cluster.main.name}/…"`)
 * is known only at apply time, yet its source text still names the resources it reads, and a link may rest on that.
 */
import type { TfResource, TfValue } from '../index.ts';
import type { Cursor, TfReader } from './reader.ts';

/** `module.a.module.b[0].` before a resource's own `type.name`: the module instance it lives in. */
export function modulePrefixOf(resource: TfResource): string {
  return /^(?:module\.[^.[]+(?:\[[^\]]*\])?\.)*/.exec(resource.address)?.[0] ?? '';
}

/** Words that start a traversal but never name a managed resource. */
const notResourceTypes = new Set(['var', 'local', 'module', 'data', 'count', 'each', 'path', 'terraform', 'self']);

/** `type.name` or `type.name[0]` / `type.name["key"]`, not preceded by `data.` or any other traversal. */
const mentionPattern = /(?<![\w.])([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][\w-]*)(\[(?:\d+|"[^"\\]*")\])?/g;

/** `data.type.name`: a data source named in the source text. */
const dataPattern = /(?<![\w.])data\.([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][\w-]*)/g;

function sourceTextOf(reader: TfReader, cursor: Cursor): string {
  const value = cursor.value;
  return value === undefined ? '' : reader.resource.file.text.slice(value.start, value.end);
}

/**
 * Addresses a value is read from, each as a pattern: an exact address, or (for `aws_eip.nat[each.key]`, whose key
 * is not written) the address without its instance key, matching every instance.
 */
export interface Mention {
  address: string;
  /** False when the instance key is not written literally: every instance of the resource may be the one. */
  exact: boolean;
}

/** References anywhere inside a value (a list of subnet ids, a map of settings), evaluated or written. */
function referencesWithin(value: TfValue | undefined, found: Mention[]): void {
  if (value?.kind === 'ref') found.push({ address: value.address, exact: true });
  else if (value?.kind === 'seq') for (const item of value.items) referencesWithin(item, found);
  else if (value?.kind === 'map') for (const entry of value.entries.values()) referencesWithin(entry.value, found);
}

export function mentionsIn(reader: TfReader, cursor: Cursor): Mention[] {
  if (cursor.value === undefined) return [];
  const found: Mention[] = [];
  referencesWithin(cursor.value, found);
  const prefix = modulePrefixOf(reader.resource);
  for (const match of sourceTextOf(reader, cursor).matchAll(mentionPattern))
    if (!notResourceTypes.has(match[1]!)) found.push({ address: `${prefix}${match[1]}.${match[2]}${match[3] ?? ''}`, exact: match[3] !== undefined });
  return found.filter((mention, index) => found.findIndex((other) => other.address === mention.address) === index);
}

/** Whether a mention may stand for the resource at `address` (`aws_eip.nat` stands for `aws_eip.nat["a"]`). */
export function mentionMatches(mention: Mention, address: string): boolean {
  if (mention.address === address) return true;
  return !mention.exact && address.startsWith(`${mention.address}[`);
}

export const mentions = (reader: TfReader, cursor: Cursor, address: string): boolean => mentionsIn(reader, cursor).some((mention) => mentionMatches(mention, address));

/** Addresses of the data sources a value is read from (`data.aws_ami.windows.id` → `data.aws_ami.windows`). */
export function dataSourcesIn(reader: TfReader, cursor: Cursor): string[] {
  const prefix = modulePrefixOf(reader.resource);
  return [...sourceTextOf(reader, cursor).matchAll(dataPattern)].map((match) => `${prefix}data.${match[1]}.${match[2]}`);
}
