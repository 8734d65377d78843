/** JSON → positioned tree, through jsonc-parser's error-tolerant parser (strict JSON: no comments). */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { diagnosticAt, type Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/file.ts';
import type { MapEntry, Node } from './tree.ts';
import type { ParsedDocuments } from './yaml.ts';

const maxDepth = 128;

/** jsonc-parser recurses per nesting level; measure depth first so hostile input cannot exhaust the stack. */
function nestingDepthExceeds(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92)
        index++; // backslash escapes the next character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      if (++depth > limit) return index;
    } else if (code === 125 || code === 93) depth--;
  }
  return undefined;
}

/** jsonc-parser keeps every property; CloudFormation, like JSON.parse, uses the last of duplicate keys, so we do too and say so. */
function convert(file: SourceFile, node: JsonNode, diagnostics: Diagnostic[]): Node {
  const start = node.offset;
  const end = node.offset + node.length;
  switch (node.type) {
    case 'object': {
      const entries: MapEntry[] = [];
      const keyIndex = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const entry = { key: String(keyNode.value), keyStart: keyNode.offset, keyEnd: keyNode.offset + keyNode.length, value: convert(file, valueNode, diagnostics) };
        const duplicate = keyIndex.get(entry.key);
        if (duplicate === undefined) {
          keyIndex.set(entry.key, entries.length);
          entries.push(entry);
        } else {
          diagnostics.push(diagnosticAt(file, keyNode.offset, 'warning', 'duplicate-key', `duplicate key "${entry.key}": the later value is used`));
          entries[duplicate] = entry;
        }
      }
      return { kind: 'map', start, end, entries };
    }
    case 'array':
      return { kind: 'seq', start, end, items: (node.children ?? []).map((child) => convert(file, child, diagnostics)) };
    default: {
      const value = node.value as string | number | boolean | null;
      return { kind: 'scalar', start, end, value, text: value === null ? '' : String(value) };
    }
  }
}

export function parseJson(file: SourceFile): ParsedDocuments {
  const tooDeep = nestingDepthExceeds(file.text, maxDepth);
  if (tooDeep !== undefined) {
    return { documents: [], starts: [], diagnostics: [diagnosticAt(file, tooDeep, 'error', 'too-deep', `invalid JSON: nesting is deeper than ${maxDepth} levels; no real template needs that`)] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(file.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    const message = first ? `invalid JSON: ${describe(printParseErrorCode(first.error))}` : 'invalid JSON: the file is empty';
    return { documents: [], starts: [], diagnostics: [diagnosticAt(file, first?.offset, 'error', 'json-syntax', message)] };
  }
  const diagnostics: Diagnostic[] = [];
  return { documents: [convert(file, tree, diagnostics)], starts: [tree.offset], diagnostics };
}

/** `CommaExpected` → `comma expected` */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
