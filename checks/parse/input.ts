/** From raw bytes to parsed documents: decoding, size limits, binary detection, and choosing the syntax. */
import { diagnosticAt, type Diagnostic } from '../source/diagnostic.ts';
import { sourceFile, type SourceFile } from '../source/file.ts';
import { parseJson } from './json.ts';
import type { Node } from './tree.ts';
import { parseYaml } from './yaml.ts';

/** CloudFormation accepts template bodies up to 1 MB (from S3); anything larger cannot be deployed. */
export const maxTemplateBytes = 1_048_576;

export interface ParsedInput {
  file: SourceFile;
  syntax: 'yaml' | 'json';
  documents: Node[];
  diagnostics: Diagnostic[];
}

export type DecodeResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8, refusing binary files and anything over the size limit before any parsing. */
export function decodeSource(path: string, bytes: Uint8Array): DecodeResult {
  const fail = (code: string, message: string, level: Diagnostic['level'] = 'error'): DecodeResult => ({
    ok: false,
    diagnostic: { level, code, message, file: path },
  });
  if (bytes.byteLength > maxTemplateBytes) {
    return fail('too-large', `the file is ${(bytes.byteLength / 1_048_576).toFixed(1)} MB; CloudFormation accepts templates up to 1 MB, so it was not checked`);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return fail('binary', 'this is a binary file, not a text template', 'skipped');
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return fail('encoding', 'the file is not valid UTF-8 text; save it as UTF-8 and try again');
  }
}

export function syntaxOf(path: string, text: string): 'yaml' | 'json' {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}

export function parseSource(path: string, text: string): ParsedInput {
  const file = sourceFile(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (file.text.length > maxTemplateBytes) {
    return {
      file,
      syntax: 'yaml',
      documents: [],
      diagnostics: [diagnosticAt(file, undefined, 'error', 'too-large', 'the template is larger than 1 MB, the most CloudFormation accepts, so it was not checked')],
    };
  }
  const syntax = syntaxOf(path, file.text);
  const parsed = syntax === 'json' ? parseJson(file) : parseYaml(file);
  return { file, syntax, ...parsed };
}
