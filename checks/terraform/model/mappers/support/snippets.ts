/** Terraform snippets read into the model, for the mapper tests beside each mapper. */
import type { ResourceKind, ResourceKinds as AwsResourceKinds } from '../../../../model/kinds.ts';
import type { Model } from '../../../../model/model.ts';
import type { Attr } from '../../../../model/types.ts';
import { positionAt } from '../../../../source/file.ts';
import { readTerraformProject } from '../../../index.ts';
import { loadParser } from '../../../testing.ts';
import { buildTerraformModel } from '../../build.ts';

// The HCL parser is WebAssembly, loaded once before any snippet is read.
await loadParser();

/** The model of one `main.tf`. */
export function modelOf(text: string): Model {
  return buildTerraformModel(readTerraformProject([{ path: 'main.tf', text }]).resources, () => []);
}

/** The resources of one kind, by address. */
export function resourcesOf<K extends ResourceKind>(text: string, kind: K): Map<string, AwsResourceKinds[K]> {
  return new Map(
    modelOf(text)
      .of(kind)
      .map((resource) => [resource.address, resource]),
  );
}

/** An attribute as a test compares it: its value when known, else its state; with `where`, also its line and property. */
export function value<T>(attr: Attr<T> | undefined): T | 'unknown' | 'absent' | undefined {
  if (attr === undefined) return undefined;
  return attr.state === 'known' ? attr.value : attr.state;
}

/** `{ value, line, property }` of an attribute, to check where a finding about it would point. */
export function where<T>(attr: Attr<T>): { value: T | 'unknown' | 'absent'; line: number; property: string | undefined } {
  return { value: attr.state === 'known' ? attr.value : attr.state, line: positionAt(attr.at.file, attr.at.start).line, property: attr.property };
}
