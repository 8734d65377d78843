/** Helpers for the Terraform reader's tests: load the parser, read snippets, and show values plainly. */
import { positionAt, type SourceFile } from '../source/file.ts';
import { loadTerraformWasmFromNode } from './load-node.ts';
import type { TfProject, TfResource } from './project/resource.ts';
import { readTerraformProject, type ReadOptions } from './project/read.ts';
import { prepareTerraform } from './runtime.ts';
import type { TfValue } from './values.ts';

export const loadParser = () => prepareTerraform(loadTerraformWasmFromNode);

export function readFiles(files: Record<string, string>, options: ReadOptions = {}): TfProject {
  return readTerraformProject(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    options,
  );
}

export function resourceAt(project: TfProject, address: string): TfResource {
  const found = project.resources.find((resource) => resource.address === address);
  if (!found) throw new Error(`no ${address}; have ${project.resources.map((resource) => resource.address).join(', ')}`);
  return found;
}

/** A value as plain data: refs as `<ref address.attribute>`, unknowns as `<unknown>`. */
export function plain(value: TfValue | undefined): unknown {
  if (value === undefined) return null;
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'seq':
      return value.items.map(plain);
    case 'map':
      return Object.fromEntries([...value.entries].map(([key, entry]) => [key, plain(entry.value)]));
    case 'ref':
      return `<ref ${value.address}${value.attribute === undefined ? '' : `.${value.attribute}`}>`;
    case 'unknown':
      return '<unknown>';
  }
}

/** One argument of a resource body. */
export function argument(resource: TfResource, ...path: (string | number)[]): TfValue | undefined {
  let value: TfValue | undefined = resource.body;
  for (const step of path) {
    if (value?.kind === 'map' && typeof step === 'string') value = value.entries.get(step)?.value;
    else if (value?.kind === 'seq' && typeof step === 'number') value = value.items[step];
    else return undefined;
  }
  return value;
}

/** `line:column` of a value's start. */
export function where(file: SourceFile, value: { start: number } | undefined): string {
  if (!value) return 'nowhere';
  const { line, column } = positionAt(file, value.start);
  return `${line}:${column}`;
}
