/**
 * Masking must never change a finding. The engine checks the original text, but the report page draws each
 * finding's highlight over the masked copy, so a masked template has to give the same findings at the same
 * places. This runs on every template in the repository; `npm run check:masking-corpus` does the same on the
 * larger corpus in ../shared/corpus, which CI clones do not have.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../engine/check.ts';
import * as sharedTemplates from '../../test/fixtures/templates.ts';
import { maskSecrets } from './index.ts';

const root = new URL('../../', import.meta.url).pathname;
const templateRoots = ['checks/rules', 'test/fixtures', 'site/public/examples'];

function walk(directory: string, found: string[] = []): string[] {
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) walk(path, found);
    else if (/\.(ya?ml|json|template)$/i.test(entry)) found.push(path);
  }
  return found;
}

const templates: [string, string][] = [
  ...templateRoots.flatMap((folder) => walk(join(root, folder)).map((path): [string, string] => [relative(root, path), readFileSync(path, 'utf8')])),
  ...Object.entries(sharedTemplates).map(([name, text]): [string, string] => [`test/fixtures/templates.ts#${name}`, text]),
];

/** What a reader sees of each finding: which rule, and where. */
function findingPlaces(path: string, text: string) {
  const report = checkSources([{ path, content: text }], { today: '2025-06-01' });
  return {
    findings: report.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`),
    statuses: report.files.map((file) => file.status),
  };
}

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
