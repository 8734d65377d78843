/** The engine's door for Node only (the CLI, scripts, tests): what needs the file system. */
export { loadTerraformWasmFromNode, terraformWasmFiles } from './terraform/load-node.ts';
