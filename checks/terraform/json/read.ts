/** JSON files (`.tf.json`, `.tfvars.json`, plans) into the engine's positioned tree, with their syntax errors. */
import { parseJson } from '../../parse/json.ts';
import type { Node } from '../../parse/tree.ts';
import type { Diagnostic } from '../../source/diagnostic.ts';
import type { SourceFile } from '../../source/file.ts';

export function readJson(file: SourceFile, diagnostics: Diagnostic[]): Node | undefined {
  const parsed = parseJson(file);
  diagnostics.push(...parsed.diagnostics);
  return parsed.documents[0];
}
