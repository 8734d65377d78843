/**
 * Secrets written into boot scripts and configuration (EC2 user data, cfn-init metadata), the same in every format:
 * `NAME=value` and `name: value` settings whose name says secret and whose value is written out, PEM private keys,
 * and Secrets Manager dynamic references. The text is untrusted and may be large, so it is read by plain scanning
 * in one pass (no backtracking regular expressions), one line at a time, each cut at `maxLineLength`.
 */
import type { BootSecret } from '../../model/aws/compute.ts';
import type { Place } from '../../model/types.ts';
import { positionAt } from '../../source/file.ts';
import { looksLikeAReference, namesASecret } from '../../rules/secret-names.ts';

/** Longer lines are read only this far: scripts do not hide a secret assignment past it, and it bounds the work. */
export const maxLineLength = 4096;

/** One secret found in a text: `anchor` is the written text it starts with, to find the line in the source. */
export interface ScriptHit {
  kind: BootSecret['kind'];
  name: string;
  anchor: string;
}

const isNameChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 46; // 0-9 A-Z a-z _ - .

const quotes = new Set(['"', "'"]);

/**
 * A setting named as a secret. `auth` alone is left out here: in configuration files it names a method more often
 * than a credential (code-server's `auth: password`, Redis' `auth: none`).
 */
export const namesSecret = (name: string) => namesASecret(name) && !/(^|[^a-z])auth$/i.test(name);

/** The value after `=` or `: `: a quoted string up to its closing quote, else up to white space or a shell separator. */
function valueAt(line: string, from: number): string {
  let start = from;
  while (line[start] === ' ' || line[start] === '\t') start++;
  const first = line[start];
  if (first !== undefined && quotes.has(first)) {
    const close = line.indexOf(first, start + 1);
    return line.slice(start + 1, close === -1 ? line.length : close);
  }
  let end = start;
  while (end < line.length && !' \t;&|)'.includes(line[end]!)) end++;
  return line.slice(start, end);
}

/**
 * A value that is the secret itself, written out: not empty, not a shell or template variable (`$DB_PASSWORD`,
 * `$(aws secretsmanager …)`, `${Param}`), a Windows variable (`%PW%`), a dynamic reference, a placeholder in angle
 * brackets, a number, a flag, an ARN or a path.
 */
export function isWrittenSecret(value: string): boolean {
  let text = value.trim();
  if (text.endsWith(',')) text = text.slice(0, -1).trim();
  if (text.length > 1 && quotes.has(text[0]!) && text.endsWith(text[0]!)) text = text.slice(1, -1);
  if (text === '' || text.includes('$') || text.startsWith('%') || text.startsWith('`') || text.startsWith('{{') || text.startsWith('<')) return false;
  if (text === 'null' || text === '~' || text === '""' || text === "''") return false;
  return !looksLikeAReference(text);
}

/** `NAME=value` anywhere on the line (`export DB_PASSWORD=…`, `--password=…`), skipping `==`, `!=`, `<=`, `>=`. */
function assignments(line: string, hits: ScriptHit[]): void {
  let from = 0;
  for (let equals = line.indexOf('=', from); equals !== -1; equals = line.indexOf('=', from)) {
    from = equals + 1;
    if (line[equals + 1] === '=' || '=!<>'.includes(line[equals - 1] ?? ' ')) continue;
    let start = equals;
    while (start > 0 && isNameChar(line.charCodeAt(start - 1))) start--;
    const name = line.slice(start, equals);
    if (name === '' || !namesSecret(name) || !isWrittenSecret(valueAt(line, equals + 1))) continue;
    hits.push({ kind: 'assignment', name: name.replace(/^-+/, ''), anchor: line.slice(start, equals + 1) });
  }
}

/** `name: value` at the start of a line (YAML, JSON, INI-like files), with an optional `- ` and quoted key. */
function keyValue(line: string, hits: ScriptHit[]): void {
  let start = 0;
  while (line[start] === ' ' || line[start] === '\t') start++;
  if (line[start] === '-' && line[start + 1] === ' ') start += 2;
  const quote = line[start] !== undefined && quotes.has(line[start]!) ? line[start] : undefined;
  const nameStart = quote ? start + 1 : start;
  let end = nameStart;
  while (end < line.length && isNameChar(line.charCodeAt(end))) end++;
  const name = line.slice(nameStart, end);
  if (quote) {
    if (line[end] !== quote) return;
    end++;
  }
  if (line[end] !== ':' || (line[end + 1] !== ' ' && line[end + 1] !== '\t')) return;
  // A YAML comment ends the value: `password: hunter2 # note`.
  const rest = line.slice(end + 1);
  const comment = rest.indexOf(' #');
  const value = comment === -1 ? rest : rest.slice(0, comment);
  if (name === '' || !namesSecret(name) || !isWrittenSecret(value)) return;
  hits.push({ kind: 'assignment', name, anchor: line.slice(start, end + 1) });
}

const dynamicReference = '{{resolve:secretsmanager:';

/** Secrets in one text: every line, each cut at `maxLineLength`. */
export function scanScript(text: string): ScriptHit[] {
  const hits: ScriptHit[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + maxLineLength));
    const begin = line.indexOf('-----BEGIN ');
    const label = begin === -1 ? -1 : line.indexOf('-----', begin + 11);
    const name = label === -1 ? '' : line.slice(begin + 11, label);
    if (name.endsWith('PRIVATE KEY')) hits.push({ kind: 'private-key', name, anchor: line.slice(begin, label + 5) });
    const reference = line.indexOf(dynamicReference);
    if (reference !== -1) {
      const nameStart = reference + dynamicReference.length;
      let nameEnd = nameStart;
      while (nameEnd < line.length && line[nameEnd] !== ':' && line[nameEnd] !== '}') nameEnd++;
      hits.push({ kind: 'secret-reference', name: line.slice(nameStart, nameEnd), anchor: dynamicReference });
    }
    assignments(line, hits);
    keyValue(line, hits);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return hits;
}

/**
 * The place of a hit in the source: its anchor's first occurrence at or after `from` inside `within`, else the whole
 * of `within` (the text was computed, decoded or read from another file, so the line cannot be pointed at).
 */
export function locate(within: Place, anchor: string, from = within.start): Place {
  const index = within.file.text.indexOf(anchor, Math.max(from, within.start));
  if (index === -1 || index + anchor.length > within.end) return within;
  return { ...within, start: index, end: index + anchor.length };
}

/** Base64 text decoded as UTF-8, or `undefined` when it is not base64 (user data written as a script). */
export function decodedBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  try {
    const bytes = Uint8Array.from(atob(compact), (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The hits of one text as model entries, each at its line when the anchor is found in the source, in order. */
export function bootSecretsIn(text: string, within: Place, property: string): BootSecret[] {
  let from = within.start;
  return scanScript(text).map((hit) => {
    const at = locate(within, hit.anchor, from);
    if (at !== within) from = at.end;
    return { at, kind: hit.kind, name: hit.name, property };
  });
}

/** One finding per line: a line may hold a secret that two readings find (a written value and the variable it came from). */
export function onePerLine(secrets: BootSecret[]): BootSecret[] {
  const seen = new Set<string>();
  return secrets.filter((secret) => {
    const key = `${secret.at.file.path}:${positionAt(secret.at.file, secret.at.start).line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
