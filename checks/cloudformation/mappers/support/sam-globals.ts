/**
 * SAM's template-level `Globals` sections: defaults the transform copies into every `AWS::Serverless::Function`
 * (`Globals.Function`), `AWS::Serverless::Api` and implicit REST API (`Globals.Api`), and `AWS::Serverless::HttpApi`
 * and implicit HTTP API (`Globals.HttpApi`) that does not set the property itself.
 */
import { entryOf } from '../../../parse/tree.ts';
import { evaluate } from '../../evaluate.ts';
import type { Cursor, ResourceReader } from '../../read.ts';

export type SamGlobalsSection = 'Function' | 'Api' | 'HttpApi';

/** One section of `Globals` as a cursor, so its settings resolve (and are pointed at) like a resource's own. */
export function samGlobals(reader: ResourceReader, section: SamGlobalsSection): Cursor | undefined {
  const template = reader.ctx.template;
  const entry = template.globals ? entryOf(template.globals, section) : undefined;
  if (!entry || entry.value.kind !== 'map') return undefined;
  return {
    value: evaluate(entry.value, reader.ctx),
    at: { file: template.file, start: entry.keyStart, end: entry.value.end, pointer: `/Globals/${section}` },
    tree: reader.tree,
  };
}

/** `Globals.Function` as a cursor. */
export const samFunctionGlobals = (reader: ResourceReader): Cursor | undefined => samGlobals(reader, 'Function');

/** A resource property, falling back to its `Globals` section; when neither sets it, absent at the resource. */
export function samProperty(reader: ResourceReader, globals: Cursor | undefined, key: string): Cursor {
  const own = reader.get(key);
  if (own.value !== undefined || !globals) return own;
  const shared = reader.field(globals, key);
  return shared.value !== undefined ? shared : own;
}

/**
 * One key of a map that SAM merges with the same map in `Globals` key by key (`Auth`): the resource's own entry,
 * else the global one; when neither sets it, absent at the resource's map.
 */
export function samMergedField(reader: ResourceReader, own: Cursor, shared: Cursor | undefined, key: string): Cursor {
  const mine = reader.field(own, key);
  if (mine.value !== undefined || !shared) return mine;
  const theirs = reader.field(shared, key);
  return theirs.value !== undefined ? theirs : mine;
}
