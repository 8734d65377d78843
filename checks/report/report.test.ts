import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../engine/check.ts';
import { allRules } from '../rules/index.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { renderSarif } from './sarif.ts';
import { Report } from './schema.ts';
import { renderText } from './text.ts';

const template = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bastion: # plumbline:ignore AWS-S3-PUBLIC-ACCESS-BLOCK reason="irrelevant"
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: "bastion <b>&</b>"
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
  Site: # plumbline:ignore AWS-S3-PUBLIC-ACCESS-BLOCK reason="public website"
    Type: AWS::S3::Bucket
`;
const report = checkSources(
  [
    { path: 'infra/app stack.yaml', content: template },
    { path: 'broken.yaml', content: 'a: [' },
  ],
  { today: '2026-11-25' },
);

describe('the JSON report', () => {
  it('matches its published zod schema', () => {
    expect(() => Report.parse(report)).not.toThrow();
  });

  it("names each finding's message template and its parameters", () => {
    const ssh = report.findings.find((finding) => finding.ruleId === 'AWS-EC2-SG-OPEN-ADMIN-PORTS')!;
    expect(ssh).toMatchObject({ messageId: 'open', params: { cidr: '0.0.0.0/0' } });
  });

  it('still reads a stored version 1.0 report, whose findings have no message ids', () => {
    const stored = JSON.parse(JSON.stringify({ ...report, version: '1.0', findings: report.findings.map(({ messageId, params, ...rest }) => rest) }));
    expect(Report.parse(stored).findings[0]?.messageId).toBeUndefined();
  });
});

describe('SARIF', () => {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // The published schema uses a pattern that is not valid under the `u` flag, so Unicode regexps are off.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const sarif = JSON.parse(renderSarif(report, allRules));

  it('validates against the official SARIF 2.1.0 schema', () => {
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch an invalid document (the validator is live)', () => {
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);
  });

  it('gives real regions, not line 1', () => {
    const result = sarif.runs[0].results.find((candidate: { ruleId: string }) => candidate.ruleId === 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 11, startColumn: 19, endLine: 11, endColumn: 28 });
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('infra/app%20stack.yaml');
  });

  it('gives a file whose name holds a lone surrogate a URI instead of crashing (found by fuzzing)', () => {
    const broken = checkSources([{ path: 'a\uD800.yaml', content: 'a: [' }]);
    const uri = JSON.parse(renderSarif(broken, allRules)).runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('a%EF%BF%BD.yaml');
  });

  it('links every rule’s help to its guide', () => {
    for (const rule of sarif.runs[0].tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\/plumbline\.dev\/guides\/[a-z0-9-]+\/$/);
  });

  it('keeps suppressed findings, marked with their justification', () => {
    const suppressed = sarif.runs[0].results.find((candidate: { suppressions?: unknown[] }) => candidate.suppressions);
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'public website' }]);
  });

  it('reports unparseable files as tool notifications with their position', () => {
    const notification = sarif.runs[0].invocations[0].toolExecutionNotifications[0];
    expect(notification).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.yaml' }, region: { startLine: 1 } } }] });
  });
});

describe('text', () => {
  it('shows the offending line with a caret under the value', () => {
    const text = renderText(report, { sources: new Map([['infra/app stack.yaml', template]]) });
    expect(text).toContain('> 11 |           CidrIp: 0.0.0.0/0');
    expect(text).toMatch(/\^{9}/);
    expect(text).toContain('broken.yaml:1:');
    expect(text).not.toContain('\u001b[');
  });

  it('colours output only when asked', () => {
    expect(renderText(report, { color: true })).toContain('\u001b[');
  });
});

describe('Markdown', () => {
  it('escapes user-controlled text so it cannot break the table or inject HTML', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| Security |');
    expect(markdown).toContain('AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(markdown).not.toMatch(/<b>/);
  });
});

describe('JUnit', () => {
  it('writes one failure per active finding and escapes XML', () => {
    const xml = renderJunit(report);
    expect(xml.match(/<failure /g)).toHaveLength(report.summary.findings);
    expect(xml).toContain('<error message="invalid YAML');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe('the published JSON Schema', () => {
  it('is generated from the zod schema and accepts a real report', async () => {
    const { z } = await import('zod');
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = z.toJSONSchema(Report, { target: 'draft-2020-12' });
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(JSON.stringify(report)))).toBe(true);
    expect(validate({ ...report, version: '0.9' })).toBe(false);
  });
});
