/**
 * The real templates fuzzing starts from: every rule's pass and fail fixtures, the shared test fixtures and the site's
 * examples, in YAML and (converted through our own reader, so short-form tags become long-form keys) in JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSource } from '../../checks/parse/input.ts';
import type { Node } from '../../checks/parse/tree.ts';
import { ruleCatalogue } from '../../checks/rules/catalogue.ts';
import * as sharedTemplates from '../../test/fixtures/templates.ts';

const root = new URL('../../', import.meta.url).pathname;

export interface Seed {
  /** Where it came from, relative to the repository, so a counterexample names its origin. */
  origin: string;
  text: string;
}

export interface Seeds {
  yaml: Seed[];
  json: Seed[];
  /** Each seed's document as plain data, for mutations that keep the syntax valid. */
  documents: { origin: string; value: unknown }[];
  /** Every map key the seeds use (property names, logical ids, section names). */
  keys: string[];
  /** Short scalar values the seeds use. */
  scalars: string[];
  /** Resource types the rules read or the seeds declare. */
  resourceTypes: string[];
}

function filesUnder(directory: string, pattern: RegExp): string[] {
  return (readdirSync(join(root, directory), { recursive: true }) as string[])
    .filter((file) => pattern.test(file))
    .sort()
    .map((file) => join(root, directory, file));
}

/** The tree as plain data; `Object.fromEntries` keeps a key such as `__proto__` as an ordinary property. */
export function plainValue(node: Node): unknown {
  if (node.kind === 'map') return Object.fromEntries(node.entries.map((entry) => [entry.key, plainValue(entry.value)]));
  if (node.kind === 'seq') return node.items.map(plainValue);
  return node.value;
}

function collect(node: Node, keys: Set<string>, scalars: Set<string>, types: Set<string>): void {
  if (node.kind === 'map') {
    for (const entry of node.entries) {
      keys.add(entry.key);
      if (entry.key === 'Type' && entry.value.kind === 'scalar' && /::/.test(entry.value.text)) types.add(entry.value.text);
      collect(entry.value, keys, scalars, types);
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) collect(item, keys, scalars, types);
  } else if (node.text.length <= 40) {
    scalars.add(node.text);
  }
}

export function loadSeeds(): Seeds {
  const yamlFiles = [...filesUnder('checks/rules', /\.ya?ml$/), ...filesUnder('test/fixtures', /\.ya?ml$/), ...filesUnder('site/public/examples', /\.ya?ml$/)];
  const yaml: Seed[] = yamlFiles.map((file) => ({ origin: relative(root, file), text: readFileSync(file, 'utf8') }));
  for (const [name, text] of Object.entries(sharedTemplates)) if (typeof text === 'string') yaml.push({ origin: `test/fixtures/templates.ts#${name}`, text });
  const json: Seed[] = filesUnder('site/public/examples', /\.json$/).map((file) => ({ origin: relative(root, file), text: readFileSync(file, 'utf8') }));

  const documents: Seeds['documents'] = [];
  const keys = new Set<string>();
  const scalars = new Set<string>();
  const types = new Set<string>(ruleCatalogue().flatMap((rule) => rule.resourceTypes.cloudformation ?? []));
  for (const seed of [...yaml, ...json]) {
    const parsed = parseSource(seed.origin, seed.text);
    const document = parsed.documents[0];
    if (!document) continue;
    collect(document, keys, scalars, types);
    const value = plainValue(document);
    documents.push({ origin: seed.origin, value });
    if (seed.origin.endsWith('.json')) continue;
    json.push({ origin: `${seed.origin} (as JSON)`, text: JSON.stringify(value, null, 2) });
  }
  return { yaml, json, documents, keys: [...keys].sort(), scalars: [...scalars].sort(), resourceTypes: [...types].sort() };
}
