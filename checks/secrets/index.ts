/**
 * Secret masking for everything Plumbline stores or prints: the uploaded files the Worker keeps and shows, and
 * the source excerpts the CLI writes into CI logs. The engine always checks the original text; masking is for
 * what people see. Each character of a secret becomes █ (line breaks and blanks stay), so every line and column
 * a finding names stays where it was. Every detector is a hand-written scan, linear in the input: hostile
 * uploads cannot make masking slow (linear-time.test.ts measures each on 1 MB of adversarial input).
 */
import { findAssignments } from './assignments.ts';
import { isReferenceAt, namesASecretAt } from './names.ts';
import { findSecretDefaults } from './parameters.ts';
import { findPrivateKeys } from './private-keys.ts';
import type { Span } from './span.ts';
import { findTokens } from './tokens.ts';
import { findUrlCredentials } from './urls.ts';

export type { Span } from './span.ts';

export interface SecretDetector {
  name: string;
  find: (text: string) => Span[];
}

/** Values whose key names a secret: `MasterUserPassword: …`, `"api_key": "…"`, `export DB_PASSWORD=…`, `--password …`. */
function findNamedValues(text: string): Span[] {
  const spans: Span[] = [];
  findAssignments(text, namesASecretAt, (assignment) => {
    if (!isReferenceAt(text, assignment.start, assignment.end)) spans.push(assignment);
  });
  return spans;
}

function findHiddenDefaults(text: string): Span[] {
  return findSecretDefaults(text).filter((assignment) => !isReferenceAt(text, assignment.start, assignment.end));
}

export const secretDetectors: readonly SecretDetector[] = [
  { name: 'token formats', find: findTokens },
  { name: 'private key blocks', find: findPrivateKeys },
  { name: 'passwords in URLs', find: findUrlCredentials },
  { name: 'values of secret-named keys', find: findNamedValues },
  { name: 'defaults of NoEcho and secret-named parameters', find: findHiddenDefaults },
];

/** One UTF-16 unit per character, so columns hold; not `*`, which YAML would read as an alias. */
export const maskCharacter = '\u2588';
const maskCode = 0x2588;

export interface MaskedText {
  text: string;
  /** How many secrets were hidden. */
  count: number;
}

const utf16 = new TextDecoder('utf-16le');

/** Back to a string: the native decoder when no lone surrogate could be turned into U+FFFD, else in slices. */
function fromCodes(codes: Uint16Array, wellFormed: boolean): string {
  if (wellFormed) return utf16.decode(codes);
  const parts: string[] = [];
  for (let offset = 0; offset < codes.length; offset += 4096) parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(offset, offset + 4096))));
  return parts.join('');
}

/**
 * Replaces every character of each span except blanks and line breaks with █. Overlapping spans count once.
 * A span never ends inside an escape, so a JSON escape (`\n`, `\"`) is hidden whole or not at all.
 */
export function maskSpans(text: string, spans: Span[]): MaskedText {
  if (spans.length === 0) return { text, count: 0 };
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const codes = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) codes[index] = text.charCodeAt(index);
  let cursor = 0;
  let count = 0;
  for (const span of ordered) {
    let end = span.end;
    let backslashes = 0;
    while (end - backslashes > span.start && codes[end - backslashes - 1] === 92) backslashes++;
    // An odd run of backslashes ends in half an escape: leave that one out.
    if (backslashes % 2 === 1) end--;
    const start = Math.max(span.start, cursor);
    if (end <= start) continue;
    if (span.start >= cursor) count++;
    for (let index = start; index < end; index++) {
      const code = codes[index];
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) codes[index] = maskCode;
    }
    cursor = end;
  }
  return { text: fromCodes(codes, text.isWellFormed()), count };
}

/**
 * Hides every secret in `text`, keeping its length, lines and columns.
 *
 * @example maskSecrets('MasterUserPassword: hunter2 # old').text // 'MasterUserPassword: ███████ # old'
 */
export function maskSecrets(text: string): MaskedText {
  return maskSpans(
    text,
    secretDetectors.flatMap((detector) => detector.find(text)),
  );
}
