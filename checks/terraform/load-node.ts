/** Node's way to the parser's WebAssembly: the bytes installed in node_modules, compiled here. Not for the Worker. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { webAssembly, type CompiledWasm, type TerraformWasmLoader } from './runtime.ts';

const require = createRequire(import.meta.url);

async function compileInstalled(specifier: string): Promise<CompiledWasm> {
  return webAssembly.compile(await readFile(require.resolve(specifier)));
}

export const loadTerraformWasmFromNode: TerraformWasmLoader = async () => {
  const [runtime, grammar] = await Promise.all([
    compileInstalled('web-tree-sitter/web-tree-sitter.wasm'),
    compileInstalled('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'),
  ]);
  return { runtime, grammar };
};
