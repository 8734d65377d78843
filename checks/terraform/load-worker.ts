/**
 * The Worker's way to the parser's WebAssembly: imported modules, which wrangler (and the Workers test pool)
 * turn into precompiled `WebAssembly.Module`s, since workerd refuses to compile WebAssembly from bytes.
 */
import runtime from 'web-tree-sitter/web-tree-sitter.wasm';
import grammar from '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm';
import type { TerraformWasmLoader } from './runtime.ts';

export const loadTerraformWasmInWorker: TerraformWasmLoader = async () => ({ runtime, grammar });
