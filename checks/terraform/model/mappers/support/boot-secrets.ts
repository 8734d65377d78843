/**
 * Secrets in the user data of a Terraform instance, launch template or launch configuration: what the evaluated
 * text holds (a literal assignment, a private key), and secrets interpolated into it as written (a secret-named
 * variable, a secret's `secret_string`, a `random_password`'s `result`), whose value may be known only at apply.
 */
import type { BootSecret } from '../../../../model/aws/compute.ts';
import type { Place } from '../../../../model/types.ts';
import { bootSecretsIn, decodedBase64, onePerLine } from '../../../../read/aws/boot-secrets.ts';
import { namesASecret } from '../../../../rules/secret-names.ts';
import type { TfReader } from '../../reader.ts';

const isNameChar = (char: string | undefined) => char !== undefined && /[\w-]/.test(char);

/** The reference that ends (`…secret_string`) or starts (`var.…`) at `index`, read by scanning name characters. */
function referenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && (isNameChar(text[from - 1]) || text[from - 1] === '.' || text[from - 1] === '[' || text[from - 1] === ']' || text[from - 1] === '"')) from--;
  let to = end;
  while (to < text.length && isNameChar(text[to])) to++;
  return text.slice(from, to).replace(/^[.[\]"]+/, '');
}

/** Secret values interpolated into the written expression. */
function secretInputs(source: string, within: Place, property: string): BootSecret[] {
  const found: BootSecret[] = [];
  const at = (offset: number, length: number): Place => ({ ...within, start: within.start + offset, end: within.start + offset + length });
  for (let index = source.indexOf('var.'); index !== -1; index = source.indexOf('var.', index + 4)) {
    if (isNameChar(source[index - 1]) || source[index - 1] === '.') continue;
    let end = index + 4;
    while (end < source.length && isNameChar(source[end])) end++;
    const name = source.slice(index + 4, end);
    if (namesASecret(name)) found.push({ at: at(index, end - index), kind: 'secret-input', name: `var.${name}`, property });
  }
  for (const marker of ['.secret_string', '.result']) {
    for (let index = source.indexOf(marker); index !== -1; index = source.indexOf(marker, index + marker.length)) {
      if (isNameChar(source[index + marker.length])) continue;
      const name = referenceAround(source, index, index + marker.length);
      if (marker === '.result' && !name.startsWith('random_password.')) continue;
      found.push({ at: at(index - (name.length - marker.length), name.length), kind: 'secret-input', name, property });
    }
  }
  return found;
}

/** `user_data` (and `user_data_base64`): plain or base64 text, each read with what is interpolated into it. */
export function tfBootSecrets(reader: TfReader, arguments_: string[]): BootSecret[] {
  const found: BootSecret[] = [];
  for (const argument of arguments_) {
    const cursor = reader.get(argument);
    const value = cursor.value;
    if (value === undefined) continue;
    const property = cursor.property ?? argument;
    const written = { ...cursor.at, start: value.start, end: value.end };
    const source = reader.resource.file.text.slice(value.start, value.end);
    // Known only at apply (a variable without a value): what is written literally in the expression still shows.
    const text = value.kind === 'scalar' && typeof value.value === 'string' ? (decodedBase64(value.value) ?? value.value) : source;
    found.push(...bootSecretsIn(text, text === source ? written : cursor.at, property));
    found.push(...secretInputs(source, written, property));
  }
  return onePerLine(found.sort((left, right) => left.at.start - right.at.start));
}
