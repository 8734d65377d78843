/**
 * Secret settings fed by an input's written default, read the same way in every format: the cursor's place says
 * which parameter or variable default a value came from (nobody gave one for this deployment), and the input is
 * secret when declared so (`NoEcho`, `sensitive`) or named so (`DbPassword`). The value is looked at, never kept.
 */
import type { SecretInputDefault, SecretInputDefaults } from '../../model/aws/data.ts';
import type { ResourceBase } from '../../model/types.ts';
import { namesASecret } from '../../secrets/names.ts';
import { escapePointer, type Cursor, type Reader } from '../cursor.ts';

/** A Secrets Manager or SecureString dynamic reference: the default names the secret, it is not the secret. */
const dynamicReference = /\{\{resolve:/;

/** The secret input default the setting takes, if any: a non-empty literal, not a reference or a Parameter Store lookup. */
export function secretDefault<V>(cursor: Cursor<V>): SecretInputDefault | undefined {
  const source = cursor.at.fromDefault;
  if (!source || source.lookup || cursor.value === undefined || cursor.property === undefined) return undefined;
  if (!source.secret && !namesASecret(source.name)) return undefined;
  const text = cursor.tree.text(cursor.value);
  if (text === undefined || text.trim() === '' || dynamicReference.test(text)) return undefined;
  const pointer = source.kind === 'parameter' ? `/Parameters/${escapePointer(source.name)}/Default` : `var.${source.name}/default`;
  return { property: cursor.property, input: { kind: source.kind, name: source.name }, at: { file: source.file, start: source.start, end: source.end, pointer } };
}

/**
 * The resource as `aws.secret.input-defaults` when any setting at `paths` (`['MasterUserPassword']`,
 * `['advanced_security_options', …]`) takes a secret input's default; `undefined` when none does.
 */
export function secretInputDefaults<V>(reader: Reader<V>, paths: readonly (readonly string[])[], base: ResourceBase): SecretInputDefaults | undefined {
  const defaults = paths.flatMap((path) => secretDefault(reader.get(...path)) ?? []);
  return defaults.length > 0 ? { ...base, kind: 'aws.secret.input-defaults', defaults } : undefined;
}
