/**
 * SAM's template-level `Globals.Function` section: defaults the transform copies into every
 * `AWS::Serverless::Function` that does not set the property itself.
 */
import { entryOf } from '../../../parse/tree.ts';
import { evaluate } from '../../evaluate.ts';
import type { Cursor, ResourceReader } from '../../read.ts';

/** `Globals.Function` as a cursor, so its settings resolve (and are pointed at) like the function's own. */
export function samFunctionGlobals(reader: ResourceReader): Cursor | undefined {
  const template = reader.ctx.template;
  const entry = template.globals ? entryOf(template.globals, 'Function') : undefined;
  if (!entry || entry.value.kind !== 'map') return undefined;
  return {
    value: evaluate(entry.value, reader.ctx),
    at: { file: template.file, start: entry.keyStart, end: entry.value.end, pointer: '/Globals/Function' },
    tree: reader.tree,
  };
}

/** A function property, falling back to `Globals.Function`; when neither sets it, absent at the function. */
export function samProperty(reader: ResourceReader, globals: Cursor | undefined, key: string): Cursor {
  const own = reader.get(key);
  if (own.value !== undefined || !globals) return own;
  const shared = reader.field(globals, key);
  return shared.value !== undefined ? shared : own;
}
