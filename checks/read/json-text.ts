/**
 * JSON held in a string of the source (an IAM policy written as `PolicyDocument: !Sub |`, a heredoc), parsed into
 * the positioned tree with every node placed where its text sits in the file. A `SourceMap` turns an offset in the
 * decoded string into an offset in the file: exact where the string's spelling allows it, otherwise the string as
 * a whole.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { MapEntry, Node } from '../parse/tree.ts';

/** From an offset in decoded text to a span in the file; `exact` is false when it can only name the whole string. */
export interface SourceMap {
  exact: boolean;
  start(offset: number): number;
  end(offset: number): number;
}

/** Every offset maps to the whole string: for spellings whose characters cannot be followed one by one. */
export const wholeString = (start: number, end: number): SourceMap => ({ exact: false, start: () => start, end: () => end });

/** An offset map kept as one file offset per decoded character (plus the end). */
export function perCharacter(offsets: number[], fallbackEnd: number): SourceMap {
  const at = (offset: number) => offsets[Math.min(Math.max(offset, 0), offsets.length - 1)] ?? fallbackEnd;
  return { exact: true, start: at, end: (offset) => (offset <= 0 ? at(0) : at(offset - 1) + 1) };
}

/**
 * Where each character of a YAML or JSON scalar's decoded text sits in the file: `|` block scalars line by line,
 * double-quoted strings (JSON templates, YAML `"…"`) and single-quoted ones escape by escape, plain one-line scalars
 * as written. Folded (`>`) and multi-line quoted scalars join lines, so they fall back to the whole string.
 */
export function scalarSourceMap(source: string, start: number, end: number, decoded: string): SourceMap {
  const raw = source.slice(start, end);
  const offsets = raw.startsWith('"')
    ? doubleQuoted(raw, start)
    : raw.startsWith("'")
      ? singleQuoted(raw, start)
      : isLiteralBlock(source, start)
        ? literalBlock(source, start, end, decoded)
        : plain(raw, start, decoded);
  if (!offsets || offsets.length !== decoded.length + 1) return wholeString(start, end);
  return perCharacter(offsets, end);
}

function plain(raw: string, start: number, decoded: string): number[] | undefined {
  if (raw !== decoded) return undefined;
  return Array.from({ length: decoded.length + 1 }, (_, index) => start + index);
}

const simpleEscapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', '0', 'a', 'v', 'e', ' ', '_', 'N', 'L', 'P']);

function doubleQuoted(raw: string, start: number): number[] | undefined {
  const offsets: number[] = [];
  for (let index = 1; index < raw.length - 1; index++) {
    const char = raw[index]!;
    if (char === '\n') return undefined;
    if (char !== '\\') {
      offsets.push(start + index);
      continue;
    }
    const next = raw[index + 1];
    if (next === 'u') {
      offsets.push(start + index);
      index += 5;
    } else if (next === 'x') {
      offsets.push(start + index);
      index += 3;
    } else if (next !== undefined && simpleEscapes.has(next)) {
      offsets.push(start + index);
      index += 1;
    } else return undefined;
  }
  offsets.push(start + raw.length - 1);
  return offsets;
}

function singleQuoted(raw: string, start: number): number[] | undefined {
  const offsets: number[] = [];
  for (let index = 1; index < raw.length - 1; index++) {
    if (raw[index] === '\n') return undefined;
    offsets.push(start + index);
    if (raw[index] === "'") index++;
  }
  offsets.push(start + raw.length - 1);
  return offsets;
}

/** The line before a block scalar's content ends with its indicator: `|`, `|-`, `|+`, `|2`. */
function isLiteralBlock(source: string, start: number): boolean {
  const lineEnd = source.lastIndexOf('\n', start - 1);
  if (lineEnd < 0) return false;
  const line = source.slice(source.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd);
  return /\|[-+]?\d?[-+]?\s*(#.*)?$/.test(line);
}

/** `|` keeps every line as written minus the block's indentation, so line k of the text is line k of the block. */
function literalBlock(source: string, start: number, end: number, decoded: string): number[] | undefined {
  const lines = source.slice(start, end).split('\n');
  const indent = /^ */.exec(lines.find((line) => line.trim() !== '') ?? '')?.[0].length ?? 0;
  const offsets: number[] = [];
  let lineStart = start;
  const decodedLines = decoded.split('\n');
  for (let index = 0; index < decodedLines.length; index++) {
    const sourceLine = lines[index] ?? '';
    const text = decodedLines[index]!;
    for (let column = 0; column <= text.length; column++) {
      // The line break (or, on the last line, the end) follows the line's text.
      if (column === text.length && index === decodedLines.length - 1) break;
      offsets.push(Math.min(lineStart + indent + column, lineStart + sourceLine.length));
    }
    lineStart += sourceLine.length + 1;
  }
  offsets.push(Math.min(lineStart - 1, end));
  return offsets;
}

/**
 * Parses JSON text into the positioned tree, with offsets mapped into the file; `undefined` when the text is not
 * JSON. `unresolved` marks parts of the text standing for values known only at deploy time (see `markUnresolved`).
 */
export function parseJsonText(text: string, map: SourceMap, unresolved?: (scalar: string, start: number, end: number) => Node): Node | undefined {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree) return undefined;
  return convert(tree, map, unresolved);
}

function convert(node: JsonNode, map: SourceMap, unresolved?: (scalar: string, start: number, end: number) => Node): Node {
  const start = map.start(node.offset);
  const end = map.end(node.offset + node.length);
  switch (node.type) {
    case 'object': {
      const entries: MapEntry[] = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        const entry = { key, keyStart: map.start(keyNode.offset), keyEnd: map.end(keyNode.offset + keyNode.length), value: convert(valueNode, map, unresolved) };
        const duplicate = entries.findIndex((existing) => existing.key === key);
        if (duplicate === -1) entries.push(entry);
        else entries[duplicate] = entry;
      }
      return { kind: 'map', start, end, entries };
    }
    case 'array':
      return { kind: 'seq', start, end, items: (node.children ?? []).map((child) => convert(child, map, unresolved)) };
    default: {
      const value = node.value as string | number | boolean | null;
      if (typeof value === 'string' && unresolved && value.includes(unresolvedOpen)) return unresolved(value, start, end);
      return { kind: 'scalar', start, end, value, text: value === null ? '' : String(value) };
    }
  }
}

/** Brackets a name whose value is known only at deploy time inside substituted text; private-use characters, valid in JSON strings. */
export const unresolvedOpen = '\uE000';
export const unresolvedClose = '\uE001';
export const markUnresolved = (name: string) => `${unresolvedOpen}${name}${unresolvedClose}`;
