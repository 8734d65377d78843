/**
 * The engine asks for every file's first syntax error (`parseErrorOf`) before it reads the project, and parsing
 * is most of the cost of reading: without this each file would be parsed twice. The parse made for the syntax
 * check is held, by path, until the project reads the same text, and is then taken (used once, never shared).
 * Held parses are bounded by their text size, so those never read again cannot pile up in a long-lived Worker.
 */
import type { SourceFile } from '../../source/file.ts';
import { parseHcl, type HclParse } from './parse.ts';

/** About 8 MB of source: a few large files or a whole large project; the oldest are dropped first. */
const maxHeldChars = 8 * 1_048_576;

const held = new Map<string, { text: string; parse: HclParse }>();
let heldChars = 0;

function release(path: string): { text: string; parse: HclParse } | undefined {
  const entry = held.get(path);
  if (!entry) return undefined;
  held.delete(path);
  heldChars -= entry.text.length;
  return entry;
}

/** Parses a file and holds the result for `takeHclParse` of the same path and text. */
export function parseAndHoldHcl(file: SourceFile): HclParse {
  const parse = parseHcl(file);
  release(file.path);
  if (file.text.length > maxHeldChars) return parse;
  for (const path of held.keys()) {
    if (heldChars + file.text.length <= maxHeldChars) break;
    release(path);
  }
  held.set(file.path, { text: file.text, parse });
  heldChars += file.text.length;
  return parse;
}

/** The held parse of this file if its text is unchanged, else a fresh one; positions refer to `file`. */
export function takeHclParse(file: SourceFile): HclParse {
  const entry = release(file.path);
  if (!entry || entry.text !== file.text) return parseHcl(file);
  const parse = entry.parse;
  return parse.kind === 'parsed' ? { kind: 'parsed', hcl: { ...parse.hcl, file } } : parse;
}
