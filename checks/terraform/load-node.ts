/**
 * Node's way to the parser's WebAssembly, compiled here from bytes. Not for the Worker. The bundled CLI
 * (`build/plumbline.mjs`, the `plumbline-cli` package) ships both files beside itself and has no node_modules;
 * run from source, they are the installed packages' own.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { webAssembly, type CompiledWasm, type TerraformWasmLoader } from './runtime.ts';

/** The two files, by package specifier; the bundle keeps each under its base name. */
export const terraformWasmFiles = ['web-tree-sitter/web-tree-sitter.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'] as const;

const require = createRequire(import.meta.url);

function locate(specifier: string): string {
  const beside = fileURLToPath(new URL(`./${basename(specifier)}`, import.meta.url));
  return existsSync(beside) ? beside : require.resolve(specifier);
}

async function compile(specifier: string): Promise<CompiledWasm> {
  return webAssembly.compile(await readFile(locate(specifier)));
}

export const loadTerraformWasmFromNode: TerraformWasmLoader = async () => {
  const [runtime, grammar] = await Promise.all(terraformWasmFiles.map(compile));
  return { runtime: runtime!, grammar: grammar! };
};
