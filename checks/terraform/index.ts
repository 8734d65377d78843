/**
 * Terraform (and OpenTofu) from source text to evaluated resources with positions: `.tf`, `.tf.json`,
 * `.tfvars`, `.tfvars.json` and plan JSON. Await `prepareTerraform` once (the HCL parser is WebAssembly), then
 * reading is synchronous.
 *
 * @example
 * await prepareTerraform(loadTerraformWasmFromNode);
 * const project = readTerraformProject([{ path: 'main.tf', text }], { vars: { env: 'prod' } });
 */
export { isTerraformSource, parseErrorOf } from './detect.ts';
export type { TfProject, TfResource } from './project/resource.ts';
export { isTerraformPlanFile, readTerraformProject, type ReadOptions } from './project/read.ts';
export { isTerraformReady, prepareTerraform, terraformUnavailableReason, type CompiledWasm, type TerraformWasm, type TerraformWasmLoader } from './runtime.ts';
export { terraformTree, type TfEntry, type TfValue } from './values.ts';
