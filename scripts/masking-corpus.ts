/**
 * `npm run check:masking-corpus [directory]`: the masking property of checks/secrets/findings.test.ts on a larger
 * corpus (default ../shared/corpus, which CI clones do not have). Every template must give the same findings,
 * at the same places, masked and unmasked. Fails when the directory is missing rather than passing on nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { maskSecrets } from '../checks/index.ts';
import { findingPlaces, templateFilesUnder } from './template-files.ts';

const corpus = process.argv[2] ?? new URL('../../shared/corpus', import.meta.url).pathname;
if (!existsSync(corpus)) {
  console.error(`masking-corpus: ${corpus} does not exist; pass the corpus directory as the first argument`);
  process.exit(2);
}

const places = (path: string, text: string) => JSON.stringify(findingPlaces(path, text));

let checked = 0;
let hidden = 0;
const differing: string[] = [];
for (const path of templateFilesUnder(corpus)) {
  const text = readFileSync(path, 'utf8');
  const masked = maskSecrets(text);
  checked++;
  hidden += masked.count;
  if (masked.text.length !== text.length || places(path, masked.text) !== places(path, text)) differing.push(relative(corpus, path));
}
console.log(`${checked} templates, ${hidden} secrets hidden, ${differing.length} with different findings after masking`);
for (const path of differing) console.log(`  ${path}`);
if (checked === 0) {
  console.error('masking-corpus: no templates found');
  process.exit(2);
}
process.exit(differing.length > 0 ? 1 : 0);
