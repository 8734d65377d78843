/**
 * Builds the browser scripts Astro does not: the engine for the private check (`dist/js/engine.js`, loaded by the
 * upload page only when someone asks for a private check) and the scripts of the pages the Worker renders
 * (`dist/js/site-header.js`, `dist/js/report.js`). Runs after `astro build` (which empties dist) in `npm run build`.
 */
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { terraformWasmFiles } from '../checks/node.ts';

// `import { z } from 'zod'` reaches every zod locale through the `z.locales` namespace, which a bundler cannot
// prune: 260 KB of error messages in forty languages the engine never shows. English is all it uses.
const englishZodMessagesOnly: Plugin = {
  name: 'english-zod-messages-only',
  setup(bundle) {
    bundle.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-locales', pluginData: args.resolveDir } : undefined));
    bundle.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from './en.js';`,
      resolveDir: `${args.pluginData as string}/../locales`,
      loader: 'js',
    }));
  },
};

/** Every bundle here: one minified ES module for current browsers. */
const browserModule = { bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning' } satisfies BuildOptions;

const result = await build({
  ...browserModule,
  entryPoints: ['worker/pages/private-check.tsx'],
  outfile: 'dist/js/engine.js',
  plugins: [englishZodMessagesOnly],
  // web-tree-sitter imports these only on its Node path (behind a process.versions.node check), never in a browser.
  external: ['fs/promises', 'module'],
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`dist/js/engine.js: ${(bytes / 1024).toFixed(1)} KB`);

// The private check fetches the HCL parser beside engine.js when Terraform files are checked.
const resolve = createRequire(import.meta.url).resolve;
for (const specifier of terraformWasmFiles) copyFileSync(resolve(specifier), `dist/js/${basename(specifier)}`);

// The Worker's pages load these as files (the CSP allows no inline script): each module and its setup function.
const pageScripts = { 'site-header': 'setupSiteHeader', report: 'setupReport' };
for (const [name, setup] of Object.entries(pageScripts)) {
  await build({
    ...browserModule,
    stdin: { contents: `import { ${setup} } from './site/scripts/${name}.ts';\n${setup}();\n`, resolveDir: '.', loader: 'ts' },
    outfile: `dist/js/${name}.js`,
  });
}
