/**
 * Builds the engine for the browser's private check: `dist/js/engine.js`, loaded by the upload page only when
 * someone asks for a private check. Runs after `astro build` (which empties dist) as part of `npm run build`.
 */
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { terraformWasmFiles } from '../checks/node.ts';

// `import { z } from 'zod'` reaches every zod locale through the `z.locales` namespace, which a bundler cannot
// prune: 260 KB of error messages in forty languages the engine never shows. English is all it uses.
const englishZodMessagesOnly: Plugin = {
  name: 'english-zod-messages-only',
  setup(bundle) {
    bundle.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-locales', pluginData: args.resolveDir } : undefined));
    bundle.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: `export { default as en } from './en.js';`, resolveDir: `${args.pluginData as string}/../locales`, loader: 'js' }));
  },
};

const result = await build({
  entryPoints: ['worker/pages/private-check.tsx'],
  outfile: 'dist/js/engine.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  plugins: [englishZodMessagesOnly],
  // web-tree-sitter imports these only on its Node path (behind a process.versions.node check), never in a browser.
  external: ['fs/promises', 'module'],
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`dist/js/engine.js: ${(bytes / 1024).toFixed(1)} KB`);

// The private check fetches the HCL parser beside engine.js when Terraform files are checked.
const resolve = createRequire(import.meta.url).resolve;
for (const specifier of terraformWasmFiles) copyFileSync(resolve(specifier), `dist/js/${basename(specifier)}`);
