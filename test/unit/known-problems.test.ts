/** `plumbline check` on a template with known problems reports each one at the line of the offending value. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const fixture = 'test/fixtures/known-problems.yaml';

describe('plumbline check on a template with known problems', () => {
  it('reports every marked problem at its line, and nothing else', () => {
    const expected = readFileSync(fixture, 'utf8')
      .split('\n')
      .flatMap((line, index) => [...line.matchAll(/# expect: ([A-Z0-9-]+)/g)].map((match) => `${index + 1} ${match[1]}`))
      .sort();
    const result = spawnSync(process.execPath, ['checks/cli.ts', 'check', fixture, '--format', 'json'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { line: number; ruleId: string; message: string }[] };
    expect(report.findings.map((finding) => `${finding.line} ${finding.ruleId}`).sort()).toEqual(expected);
    const multiAz = report.findings.find((finding) => finding.ruleId === 'AWS-RDS-MULTI-AZ');
    expect(multiAz?.message).toMatch(/only when condition IsProd is false/);
  });
});
