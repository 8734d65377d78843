/**
 * `npm run pack:cli`: builds the CLI into packages/cli (the publishable `plumbline-cli`), gives it the project's
 * version and the licences of the code bundled into it, then runs `npm pack` there.
 * `npm run pack:cli -- --pack-destination DIR` puts the tarball in DIR; `npm publish` runs from packages/cli.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { terraformWasmFiles } from '../checks/node.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(root, 'packages/cli');

const { metafile } = await build({
  entryPoints: [join(root, 'checks/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The oldest Node the package's `engines` promises; the test installs and runs the result.
  target: 'node20',
  mainFields: ['module', 'main'],
  outfile: join(packageDir, 'plumbline.mjs'),
  metafile: true,
  logLevel: 'warning',
});

// The HCL parser's WebAssembly is read at run time, so it ships beside the bundle (see load-node.ts).
const resolve = createRequire(import.meta.url).resolve;
for (const specifier of terraformWasmFiles) copyFileSync(resolve(specifier), join(packageDir, basename(specifier)));

// Everything bundled from node_modules ships inside plumbline.mjs, so its licence ships beside it.
const bundled = new Set<string>();
for (const input of Object.keys(metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) bundled.add(match[1]!);
}
const notices = [...bundled].sort().map((name) => {
  const dir = join(root, 'node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((candidate) => join(dir, candidate)).find((candidate) => existsSync(candidate));
  return `${name} ${version} (${license ?? 'see its package'})\n\n${file ? readFileSync(file, 'utf8').trim() : ''}`;
});
writeFileSync(join(packageDir, 'THIRD-PARTY-LICENSES.txt'), `plumbline-cli bundles the following packages.\n\n${notices.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`);

const rootVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const manifestPath = join(packageDir, 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
if (manifest.version !== rootVersion) writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: rootVersion }, null, 2) + '\n');

const destination = process.argv.indexOf('--pack-destination');
if (destination !== -1 && process.argv[destination + 1]) mkdirSync(process.argv[destination + 1]!, { recursive: true });
try {
  execFileSync('npm', ['pack', ...process.argv.slice(2)], { cwd: packageDir, stdio: 'inherit' });
} catch {
  process.exitCode = 1;
}
