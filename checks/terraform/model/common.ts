/** Small readers shared by several Terraform mappers. */
import type { Model } from '../../model/model.ts';
import type { AnyResource } from '../../model/aws/index.ts';
import { isKnown, known, type Attr } from '../../model/types.ts';
import { bool, referencedResource } from '../../read/convert.ts';
import type { TfValue } from '../index.ts';
import type { Cursor, TfReader } from './reader.ts';

/**
 * The resource a setting points at: a reference's address (`aws_s3_bucket.logs.id` → `aws_s3_bucket.logs`), or a
 * literal name to match against names the resources declare (`bucket = "my-logs"`).
 */
export function targetOf(reader: TfReader, ...path: string[]): { address?: string; name?: string } {
  const cursor = reader.get(...path);
  const address = referencedResource(cursor);
  if (address) return { address };
  const name = cursor.value === undefined ? undefined : cursor.tree.text(cursor.value);
  return name === undefined ? {} : { name };
}

/** The model resource of `kind` a setting points at, by address or by the name it declares in `nameOf`. */
export function linkedResource<K extends AnyResource['kind']>(
  model: Model,
  kind: K,
  target: { address?: string; name?: string },
  nameOf: (resource: Extract<AnyResource, { kind: K }>) => Attr<string>,
): Extract<AnyResource, { kind: K }> | undefined {
  const candidates = model.of(kind as never) as Extract<AnyResource, { kind: K }>[];
  if (target.address) return candidates.find((candidate) => candidate.address === target.address);
  if (target.name === undefined) return undefined;
  return candidates.find((candidate) => {
    const name = nameOf(candidate);
    return name.state === 'known' && name.value === target.name;
  });
}

/**
 * The text of a value written literally in the file (`password = "hunter2"`), not computed from a variable, a
 * reference or a function: the source at the value's span is one quoted string with no interpolation.
 */
export function literalText(reader: TfReader, cursor: Cursor): string | undefined {
  const value = cursor.value;
  if (value?.kind !== 'scalar' || typeof value.value !== 'string') return undefined;
  const written = reader.resource.file.text.slice(value.start, value.end);
  return /^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/.test(written) ? value.value : undefined;
}

/** `lifecycle { prevent_destroy = true }`: Terraform refuses to destroy the resource, so its data survives a destroy. */
export function preventDestroy(reader: TfReader): Attr<boolean> {
  const setting = bool(reader.get('lifecycle', 'prevent_destroy'));
  return setting.state === 'absent' ? known(false, setting.at, setting.property) : setting;
}

/** A JSON document held in a string (`jsonencode(…)`, a heredoc, a policy document's `json`) as values, all pointing at the string. */
export function decodedJson(cursor: Cursor): Cursor {
  const value = cursor.value;
  if (value?.kind !== 'scalar' || typeof value.value !== 'string') return cursor;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.value);
  } catch {
    return { ...cursor, value: { kind: 'unknown', why: 'the text is not valid JSON', start: value.start, end: value.end } };
  }
  return { ...cursor, value: fromJson(parsed, value.start, value.end) };
}

function fromJson(json: unknown, start: number, end: number): TfValue | undefined {
  if (json === null) return undefined;
  if (Array.isArray(json)) return { kind: 'seq', items: json.flatMap((item) => fromJson(item, start, end) ?? []), start, end };
  if (typeof json === 'object') {
    const entries = new Map<string, { keyStart: number; end: number; value: TfValue | undefined }>();
    for (const [key, item] of Object.entries(json)) entries.set(key, { keyStart: start, end, value: fromJson(item, start, end) });
    return { kind: 'map', entries, start, end };
  }
  return { kind: 'scalar', value: json as string | number | boolean, start, end };
}

/**
 * RDS and DocumentDB: the data survives `terraform destroy` or a replacement when destroy is refused or a final
 * snapshot is taken.
 */
export function finalSnapshotKept(reader: TfReader): Attr<boolean> {
  const prevented = preventDestroy(reader);
  if (isKnown(prevented, true)) return prevented;
  const skip = bool(reader.get('skip_final_snapshot'));
  // The provider's default takes a final snapshot (it needs `final_snapshot_identifier` to destroy at all).
  if (skip.state === 'unknown') return skip as Attr<never>;
  return known(skip.state === 'absent' || !skip.value, skip.at, skip.property);
}
