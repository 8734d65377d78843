import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.ts';
import { findingText } from '../report/finding-text.ts';
import { checkSources } from './check.ts';

const publicAccessBlock = allRules.filter((rule) => rule.id === 'AWS-S3-PUBLIC-ACCESS-BLOCK');
const check = (text: string, options: Parameters<typeof checkSources>[1] = {}) =>
  checkSources([{ path: 'template.yaml', content: text }], { rules: publicAccessBlock, today: '2026-11-25', ...options });

const bucketWith = (blockPolicy: string, extra = '') => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
    Default: dev
    AllowedValues: [dev, prod]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Logs:${extra}
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: ${blockPolicy}
        RestrictPublicBuckets: true
`;

describe('conditions', () => {
  it('reports a setting that is insecure only under some condition values, naming the condition', () => {
    const report = check(bucketWith('!If [IsProd, true, false]'));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ line: 16, conditions: [{ name: 'IsProd', value: false }] });
    expect(report.findings[0]!.message).toMatch(/only when condition IsProd is false/);
  });

  it('does not report a setting that is safe in every branch', () => {
    expect(check(bucketWith('!If [IsProd, true, true]')).findings).toEqual([]);
  });

  it('follows a pinned parameter instead of exploring both branches', () => {
    expect(check(bucketWith('!If [IsProd, true, false]'), { params: { Env: 'prod' } }).findings).toEqual([]);
    expect(check(bucketWith('!If [IsProd, true, false]'), { params: { Env: 'dev' } }).findings[0]?.conditions).toBeUndefined();
  });

  it('names only the conditions that decide the finding, and whether the default deployment has it', () => {
    const text = bucketWith('!If [IsProd, true, false]')
      .replace('  IsProd: !Equals [!Ref Env, prod]', '  IsProd: !Equals [!Ref Env, prod]\n  KeepsLogs: !Not [!Condition IsProd]')
      .concat('  Alerts:\n    Type: AWS::SNS::Topic\n    Condition: KeepsLogs\n');
    const [finding] = check(text).findings;
    expect(finding).toMatchObject({ conditions: [{ name: 'IsProd', value: false }], inDefaultDeployment: true });
    expect(finding!.message).toMatch(/\(only when condition IsProd is false, as in the default deployment\)$/);
    expect(findingText(finding!, 'zh-cn').message).toMatch(/（仅当条件 IsProd 为 false 时，默认部署即是如此）$/);
  });

  it('says when the default deployment does not have the finding', () => {
    const [finding] = check(bucketWith('!If [IsProd, false, true]')).findings;
    expect(finding).toMatchObject({ conditions: [{ name: 'IsProd', value: true }], inDefaultDeployment: false });
    expect(finding!.message).toMatch(/\(only when condition IsProd is true; not in the default deployment\)$/);
    expect(findingText(finding!, 'zh-cn').message).toMatch(/（仅当条件 IsProd 为 true 时；默认部署中不会出现）$/);
  });

  it('reports a finding that occurs in several scenarios once', () => {
    const text = bucketWith('false').replace('Resources:', 'Resources:\n  Alerts:\n    Type: AWS::SNS::Topic\n    Condition: IsProd');
    const report = check(text);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]?.conditions).toBeUndefined();
  });

  it('ignores resources whose own condition is false', () => {
    const text = bucketWith('false').replace('    Type: AWS::S3::Bucket', '    Type: AWS::S3::Bucket\n    Condition: IsProd');
    const report = check(text);
    expect(report.findings[0]?.conditions).toEqual([{ name: 'IsProd', value: true }]);
  });
});

describe('suppressions', () => {
  it('honours resource Metadata with a reason', () => {
    const metadata = `\n    Metadata:\n      plumbline:\n        ignore:\n          - rule: AWS-S3-PUBLIC-ACCESS-BLOCK\n            reason: Public website bucket, reviewed`;
    const report = check(bucketWith('false', metadata));
    expect(report.findings[0]?.suppressed).toEqual({ reason: 'Public website bucket, reviewed', source: 'metadata' });
    expect(report.summary).toMatchObject({ findings: 0, suppressed: 1 });
  });

  it('honours an inline comment on the resource', () => {
    const report = check(bucketWith('false', ' # plumbline:ignore AWS-S3-PUBLIC-ACCESS-BLOCK reason="CDN origin" expires=2027-01-01'));
    expect(report.findings[0]?.suppressed).toEqual({ reason: 'CDN origin', source: 'comment', expires: '2027-01-01' });
  });

  it('stops suppressing after the expiry date, and says so', () => {
    const report = check(bucketWith('false', ' # plumbline:ignore AWS-S3-PUBLIC-ACCESS-BLOCK reason="temporary" expires=2026-01-31'));
    expect(report.findings[0]?.suppressed).toBeUndefined();
    expect(report.findings[0]?.expiredSuppression).toEqual({ reason: 'temporary', source: 'comment', expires: '2026-01-31' });
    expect(report.summary.findings).toBe(1);
  });

  it('honours config ignores and the baseline', () => {
    const ignore = check(bucketWith('false'), { config: { ignore: [{ rule: 'AWS-S3-PUBLIC-ACCESS-BLOCK', resource: 'Logs', reason: 'accepted risk' }] } });
    expect(ignore.findings[0]?.suppressed?.source).toBe('config');
    const baseline = check(bucketWith('false'), { config: { baseline: [{ rule: 'AWS-S3-PUBLIC-ACCESS-BLOCK', resource: 'AWS::S3::Bucket.Logs', file: 'template.yaml' }] } });
    expect(baseline.findings[0]?.suppressed?.source).toBe('baseline');
  });
});

describe('bad input', () => {
  it('reports invalid YAML with file, line and column, and still checks the other files', () => {
    const report = checkSources(
      [
        { path: 'broken.yaml', content: 'Resources:\n  A: [\n' },
        { path: 'good.yaml', content: bucketWith('false') },
      ],
      { rules: publicAccessBlock },
    );
    expect(report.diagnostics[0]).toMatchObject({ level: 'error', file: 'broken.yaml', line: expect.any(Number), column: expect.any(Number) });
    expect(report.files.map((file) => file.status)).toEqual(['error', 'checked']);
    expect(report.findings).toHaveLength(1);
  });

  it('skips YAML that is in no format it reads, with the reason', () => {
    const report = check('name: my-package\nversion: 1.0.0\n');
    expect(report.files[0]?.status).toBe('skipped');
    expect(report.diagnostics[0]?.message).toMatch(/not a CloudFormation template/);
  });

  it('refuses a file holding a second YAML document, pointing at its marker, instead of ignoring what is in it', () => {
    const report = check(`${bucketWith('true')}---\n${bucketWith('false')}`);
    expect(report.diagnostics).toEqual([
      {
        level: 'error',
        code: 'multiple-documents',
        message: 'this file holds more than one YAML document; CloudFormation reads one template per file',
        file: 'template.yaml',
        line: 18,
        column: 1,
      },
    ]);
    expect(report.files[0]?.status).toBe('error');
    expect(report.summary.errors).toBe(1);
  });

  it('warns about a duplicate key in a JSON template exactly as it does in YAML: level, text and line:column', () => {
    const yaml = 'Resources:\n  "Logs":\n    Type: AWS::S3::Bucket\n  "Logs":\n    Type: AWS::S3::Bucket\n';
    const json = '{"Resources": {\n  "Logs": {"Type": "AWS::S3::Bucket"},\n  "Logs": {"Type": "AWS::S3::Bucket"}\n}}';
    const diagnostic = (path: string, content: string) => checkSources([{ path, content }], { rules: publicAccessBlock }).diagnostics;
    const expected = { level: 'warning', code: 'duplicate-key', message: 'duplicate key "Logs": the later value is used', column: 3 };
    expect(diagnostic('template.yaml', yaml)).toEqual([{ ...expected, file: 'template.yaml', line: 4 }]);
    expect(diagnostic('template.json', json)).toEqual([{ ...expected, file: 'template.json', line: 3 }]);
  });

  it('reads a multi-document file that holds no template as Kubernetes manifests, not as a broken template', () => {
    const report = check('apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: Service\n');
    expect(report.files[0]).toMatchObject({ status: 'checked', format: 'kubernetes', resources: 2 });
    expect(report.diagnostics).toEqual([]);
  });

  it('reads a template between an opening and a closing document marker as one document', () => {
    expect(check(`---\n${bucketWith('false')}...\n`).findings).toHaveLength(1);
    expect(check(`${bucketWith('false')}---\n# nothing more\n`).findings).toHaveLength(1);
  });

  it('refuses a template with more resources than CloudFormation allows', () => {
    const resources = Array.from({ length: 501 }, (_, index) => `  B${index}:\n    Type: AWS::S3::Bucket\n`).join('');
    const report = check(`Resources:\n${resources}`);
    expect(report.diagnostics[0]).toMatchObject({ level: 'error', code: 'too-many-resources', line: 1 });
  });

  it('stops a file that exceeds its time budget instead of hanging', () => {
    const report = check(bucketWith('false'), { timeBudgetMs: -1 });
    expect(report.diagnostics.some((diagnostic) => diagnostic.code === 'time-budget')).toBe(true);
    expect(report.files[0]?.status).toBe('error');
  });
});

describe('scores', () => {
  it('leaves a pillar unscored when too few checks applied, rather than showing 0 or 100', () => {
    // One bucket: too few security evaluations to score either way (the rule is in engine/score.ts).
    expect(check(bucketWith('true')).scores.pillars.security).toBeNull();
    expect(check(bucketWith('false')).scores.pillars.security).toBeNull();
    expect(check(bucketWith('false')).scores.pillars.cost).toBeNull();
  });

  it('scores the site examples as a reader would expect', () => {
    const example = (name: string) => checkSources([{ path: name, content: readFileSync(new URL(`../../site/public/examples/${name}`, import.meta.url), 'utf8') }]).scores;
    // A well-configured bucket scores well; the SAM example, with a deprecated runtime and a secret in its
    // environment, scores poorly where it was checked and leaves pillars with too little evidence unscored.
    expect(example('secure-bucket.json').overall).toBeGreaterThanOrEqual(80);
    const sam = example('serverless-api.yaml');
    expect(sam.pillars.reliability).toBe(50);
    // Three cost findings (a log group that never expires, short polling, provisioned capacity) are evidence enough.
    expect(sam.pillars.cost).toBe(50);
    expect(sam.pillars.performance).toBeNull();
    expect(Object.values(sam.pillars).filter((score) => score === 0).length).toBeLessThanOrEqual(1);
  });
});

describe('message severity', () => {
  it('reports Block Public Access left to the 2023 default as low, and switched off as high', () => {
    const report = check(`Resources:
  Unset:
    Type: AWS::S3::Bucket
  Off:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: true
        BlockPublicPolicy: true
        RestrictPublicBuckets: true
`);
    expect(report.findings.map((finding) => [finding.resource.name, finding.messageId, finding.severity])).toEqual([
      ['Unset', 'noConfiguration', 'low'],
      ['Off', 'off', 'high'],
    ]);
  });
});
