/** The engine's door for the Worker only: what needs wrangler's precompiled WebAssembly imports. */
export { loadTerraformWasmInWorker } from './terraform/load-worker.ts';
