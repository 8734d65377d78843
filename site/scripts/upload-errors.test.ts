import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uploadErrorCodes } from '../../worker/schemas/reviews.ts';
import { uploadTexts, type LimitsText } from '../i18n/upload';
import { explainFailure, failureOf } from './upload-errors';

const root = new URL('../../', import.meta.url).pathname;
const limits: LimitsText = { files: 50, fileSize: '1 MB', totalSize: '5 MB', formats: ['.yaml', '.json'], archive: '.zip', kinds: 'CloudFormation templates or Terraform files' };
const en = uploadTexts.en(limits);
const zh = uploadTexts['zh-cn'](limits);

/** Where POST /api/reviews makes its refusals: the route, its middleware, the service, the zip reader, the 500. */
const refusingFiles = ['worker/routes/reviews.ts', 'worker/middleware/same-origin.ts', 'worker/services/reviews.ts', 'worker/services/refusals.ts', 'checks/source/zip.ts', 'worker/index.ts'];

describe('upload errors', () => {
  it('lists every code the upload API answers with', () => {
    const found = new Set<string>();
    for (const file of refusingFiles) {
      const text = readFileSync(root + file, 'utf8');
      for (const match of text.matchAll(/code: '([a-z-]+)'|ArchiveError\(\d+, '([a-z-]+)'/g)) found.add(match[1] ?? match[2]!);
    }
    // The DELETE and GET answers of the same router are not upload refusals, nor is a zip entry left out.
    for (const other of ['not-found', 'report-missing', 'unknown-format', 'missing-token', 'wrong-token', 'not-a-template']) found.delete(other);
    // Passed through from the engine's diagnostics by refusals.ts.
    found.add('too-many-resources');
    expect([...found].sort()).toEqual([...uploadErrorCodes].sort());
  });

  it('has a text for every code in both languages, and the Chinese ones are Chinese', () => {
    for (const code of uploadErrorCodes) {
      expect(en.errors[code], code).toMatch(/\w/);
      expect(zh.errors[code], code).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const text of [...Object.values(zh.reasons), zh.network, zh.unknown, zh.limits, zh.errorHeading]) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('explains broken YAML by its reason, at its file and line', () => {
    const failure = failureOf(422, { error: { code: 'invalid-template', reason: 'yaml-syntax', message: 'x.yaml:2:6: invalid YAML', file: 'x.yaml', line: 2, column: 6 } });
    expect(explainFailure(failure, zh, 422, false)).toEqual({ text: zh.reasons['yaml-syntax'], where: 'x.yaml:2:6' });
    expect(explainFailure(failure, en, 422, true)).toEqual({ text: en.reasons['yaml-syntax'], where: 'x.yaml:2:6', detail: 'x.yaml:2:6: invalid YAML' });
  });

  it('explains answers without a body by their status, and no answer as a network failure', () => {
    expect(explainFailure(failureOf(429, null), zh, 429, false).text).toBe(zh.errors['rate-limited']);
    expect(explainFailure(failureOf(413, 'Payload Too Large'), zh, 413, false).text).toBe(zh.errors['too-large']);
    expect(explainFailure(failureOf(0, null), zh, 0, false).text).toBe(zh.network);
    expect(explainFailure(failureOf(502, null), en, 502, false).text).toBe('The check did not work (HTTP 502). Try again in a minute.');
  });
});
