/**
 * Masking must never change a finding. The engine checks the original text, but the report page draws each
 * finding's highlight over the masked copy, so a masked template has to give the same findings at the same
 * places. This runs on every template in the repository; `npm run check:masking-corpus` does the same on the
 * larger corpus in ../shared/corpus, which CI clones do not have.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as sharedTemplates from '../../test/fixtures/templates.ts';
import { findingPlaces, templateFilesUnder } from '../../scripts/template-files.ts';
import { maskSecrets } from './index.ts';

const root = new URL('../../', import.meta.url).pathname;
const templateRoots = ['checks/rules', 'test/fixtures', 'site/public/examples'];

const templates: [string, string][] = [
  ...templateRoots.flatMap((folder) => templateFilesUnder(join(root, folder)).map((path): [string, string] => [relative(root, path), readFileSync(path, 'utf8')])),
  ...Object.entries(sharedTemplates).map(([name, text]): [string, string] => [`test/fixtures/templates.ts#${name}`, text]),
];

describe('masking keeps every finding', () => {
  it('reads every template the repository holds', () => {
    expect(templates.length).toBeGreaterThan(140);
  });

  it('hides something in the fixtures that hold secrets', () => {
    const hidden = templates.reduce((sum, [, text]) => sum + maskSecrets(text).count, 0);
    expect(hidden).toBeGreaterThanOrEqual(10);
  });

  it.each(templates)('finds the same in %s masked and unmasked', (path, text) => {
    const masked = maskSecrets(text).text;
    expect(masked.length).toBe(text.length);
    expect(findingPlaces(path, masked)).toEqual(findingPlaces(path, text));
  });
});
