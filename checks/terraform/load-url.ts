/**
 * The browser's way to the parser's WebAssembly: both files fetched from beside a given URL (the private check
 * serves them beside `engine.js`) and compiled, which browsers allow under CSP `'wasm-unsafe-eval'`.
 */
import { webAssembly, type CompiledWasm, type TerraformWasmLoader } from './runtime.ts';

export function terraformWasmFrom(base: string | URL): TerraformWasmLoader {
  const compile = async (name: string): Promise<CompiledWasm> => {
    const response = await fetch(new URL(`./${name}`, base));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return webAssembly.compile(new Uint8Array(await response.arrayBuffer()));
  };
  return async () => {
    const [runtime, grammar] = await Promise.all([compile('web-tree-sitter.wasm'), compile('tree-sitter-hcl.wasm')]);
    return { runtime, grammar };
  };
}
