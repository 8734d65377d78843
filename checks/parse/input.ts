/** From raw bytes to parsed documents: decoding, size limits, binary detection, and choosing the syntax. */
import type { InputLimits } from '../formats/format.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { sourceFile, type SourceFile } from '../source/file.ts';
import { parseJson } from './json.ts';
import type { Node } from './tree.ts';
import { parseYaml } from './yaml.ts';

export interface ParsedInput {
  file: SourceFile;
  syntax: 'yaml' | 'json';
  documents: Node[];
  /** Where each document begins (see ParsedDocuments). */
  starts: number[];
  diagnostics: Diagnostic[];
}

export type DecodeResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// Made on first use, so a runtime without it fails one UTF-16 file rather than loading the engine. utf-16be is
// optional in the Encoding standard, so big-endian text is byte-swapped into utf-16le instead.
let utf16: InstanceType<typeof TextDecoder> | undefined;

const byteOrderMarks = [
  // UTF-32 first: its little-endian mark begins with the UTF-16 one.
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
] as const;

function byteOrderMarkOf(bytes: Uint8Array) {
  return byteOrderMarks.find((mark) => mark.bytes.every((byte, index) => bytes[index] === byte));
}

/** Text saved as UTF-16 without a mark still has a NUL beside nearly every ASCII character, always on the same side. */
function looksLikeUtf16(head: Uint8Array): boolean {
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < head.length; index++) if (head[index] === 0) index % 2 === 0 ? evenNuls++ : oddNuls++;
  const pairs = head.length >> 1;
  return pairs >= 2 && Math.max(evenNuls, oddNuls) >= pairs * 0.6 && Math.min(evenNuls, oddNuls) <= pairs * 0.05;
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    swapped[index] = bytes[index + 1]!;
    swapped[index + 1] = bytes[index]!;
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
  return swapped;
}

/**
 * Decodes a template's bytes: UTF-8, or UTF-16 when a byte-order mark says so (what Windows editors save as "Unicode").
 * Anything else is refused with an error that names the problem, never skipped: a CI gate must not pass a file it
 * could not read.
 */
export function decodeSource(path: string, bytes: Uint8Array, limits: Pick<InputLimits, 'maxBytes' | 'tooLarge'>): DecodeResult {
  const fail = (code: string, message: string): DecodeResult => ({ ok: false, diagnostic: { level: 'error', code, message, file: path } });
  if (bytes.byteLength > limits.maxBytes) return fail('too-large', limits.tooLarge(bytes.byteLength));
  const mark = byteOrderMarkOf(bytes);
  if (mark?.encoding === 'utf-32') return fail('encoding', 'the file is UTF-32 text, which is not read; save it as UTF-8 and try again');
  if (mark?.encoding === 'utf-16le' || mark?.encoding === 'utf-16be') {
    const body = bytes.subarray(2);
    try {
      utf16 ??= new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
    } catch {
      return fail('encoding', 'the file is UTF-16 text, which this runtime cannot decode, so it was not checked; save it as UTF-8 and try again');
    }
    let text: string;
    try {
      text = utf16.decode(mark.encoding === 'utf-16le' ? body : swapBytePairs(body));
    } catch {
      return fail(
        'encoding',
        `the file starts with a ${mark.encoding === 'utf-16le' ? 'little' : 'big'}-endian UTF-16 byte-order mark but is not valid UTF-16 text, so it was not checked; save it as UTF-8 and try again`,
      );
    }
    if (text.includes('\0')) return fail('binary', 'this is a binary file, not a text template (it holds NUL characters), so it was not checked');
    return { ok: true, text };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    if (looksLikeUtf16(head)) {
      return fail('encoding', 'the file looks like UTF-16 text without a byte-order mark, so it was not checked; save it as UTF-8 (or as UTF-16 with a byte-order mark) and try again');
    }
    return fail('binary', 'this is a binary file, not a text template (it holds NUL bytes), so it was not checked');
  }
  try {
    // The decoder drops a UTF-8 byte-order mark, so offsets count from the first real character.
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return fail('encoding', 'the file is not valid UTF-8 text, so it was not checked; save it as UTF-8 and try again');
  }
}

/** Drops a leading byte-order mark, so offsets count from the first character an editor shows. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A template's text exactly as the engine reads it, for drawing excerpts that line up with findings; undefined if unreadable. */
export function templateText(content: string | Uint8Array, limits: Pick<InputLimits, 'maxBytes' | 'tooLarge'>): string | undefined {
  if (typeof content === 'string') return withoutByteOrderMark(content);
  const decoded = decodeSource('', content, limits);
  return decoded.ok ? withoutByteOrderMark(decoded.text) : undefined;
}

export function syntaxOf(path: string, text: string): 'yaml' | 'json' {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}

export function parseSource(path: string, text: string): ParsedInput {
  const file = sourceFile(path, withoutByteOrderMark(text));
  const syntax = syntaxOf(path, file.text);
  const parsed = syntax === 'json' ? parseJson(file) : parseYaml(file);
  return { file, syntax, ...parsed };
}
