/** Collecting inputs for the CLI: explicit files, walked directories, or standard input. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInput } from '../engine/check.ts';
import { inputLimits, isCheckableName } from '../formats/index.ts';
import type { Diagnostic } from '../source/diagnostic.ts';

const skippedDirectories = new Set(['node_modules', '.git', '.terraform', '.aws-sam', 'cdk.out', 'dist', 'build']);

export interface CollectedInputs {
  inputs: SourceInput[];
  diagnostics: Diagnostic[];
}

function walk(directory: string, found: string[]): void {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !skippedDirectories.has(entry.name)) walk(path, found);
    } else if (entry.isFile() && isCheckableName(entry.name) && !entry.name.startsWith('.')) {
      found.push(path);
    }
  }
}

export function collectInputs(paths: string[], readStdin: () => Buffer): CollectedInputs {
  const inputs: SourceInput[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ path: '<stdin>', content: new Uint8Array(readStdin()) });
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch {
      diagnostics.push({ level: 'error', code: 'not-found', message: 'no such file or directory', file: path });
      continue;
    }
    const files: string[] = [];
    if (stats.isDirectory()) walk(path, files);
    else files.push(path);
    for (const file of files.sort()) {
      try {
        // Refuse oversize files before reading them: a stray 2 GB log must not stall the run.
        const size = statSync(file).size;
        if (size > inputLimits.maxBytes) {
          diagnostics.push({ level: 'error', code: 'too-large', message: inputLimits.tooLarge(size), file });
          continue;
        }
        inputs.push({ path: file, content: new Uint8Array(readFileSync(file)) });
      } catch (error) {
        diagnostics.push({ level: 'error', code: 'unreadable', message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file });
      }
    }
  }
  return { inputs, diagnostics };
}
