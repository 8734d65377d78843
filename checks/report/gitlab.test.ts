import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openSshTemplate } from '../../test/fixtures/templates.ts';
import { checkSources } from '../engine/check.ts';
import { renderGitlab } from './gitlab.ts';

/**
 * The Code Quality report as GitLab documents it (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
 * a JSON array of issues, each with these required fields. Strict, so a field GitLab does not read cannot creep in unnoticed.
 */
const CodeQualityReport = z.array(
  z
    .object({
      description: z.string().min(1),
      check_name: z.string().min(1),
      fingerprint: z.string().min(1),
      severity: z.enum(['info', 'minor', 'major', 'critical', 'blocker']),
      location: z.object({ path: z.string().min(1), lines: z.object({ begin: z.number().int().positive() }).strict() }).strict(),
    })
    .strict(),
);

// SSH open to the world (one finding), and a bucket whose public-access finding is suppressed in place.
const template = `${openSshTemplate}  Quiet: # plumbline:ignore AWS-S3-PUBLIC-ACCESS-BLOCK reason="public website"
    Type: AWS::S3::Bucket
`;
const check = (content: string) =>
  checkSources(
    [
      { path: 'infra/stack.yaml', content },
      { path: 'broken.yaml', content: 'a: [' },
    ],
    { today: '2026-11-25' },
  );
const report = check(template);
const issues = CodeQualityReport.parse(JSON.parse(renderGitlab(report)));

describe('GitLab Code Quality', () => {
  it('matches the documented report shape', () => {
    expect(issues.length).toBeGreaterThan(1);
  });

  it('reports each active finding at its file and line, critical as blocker', () => {
    expect(issues).toContainEqual(expect.objectContaining({ check_name: 'AWS-EC2-SG-OPEN-ADMIN-PORTS', severity: 'blocker', location: { path: 'infra/stack.yaml', lines: { begin: 11 } } }));
    expect(issues.filter((issue) => issue.location.path === 'infra/stack.yaml')).toHaveLength(report.findings.filter((finding) => !finding.suppressed).length);
  });

  it('reports a file that could not be checked, so the merge request shows it', () => {
    expect(issues).toContainEqual(expect.objectContaining({ check_name: 'plumbline/yaml-syntax', location: { path: 'broken.yaml', lines: { begin: 1 } } }));
  });

  it('gives each issue a unique fingerprint that survives the finding moving down the file', () => {
    const fingerprints = issues.map((issue) => issue.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const moved = CodeQualityReport.parse(JSON.parse(renderGitlab(check(template.replace('Resources:\n', 'Resources:\n  Handle:\n    Type: AWS::CloudFormation::WaitConditionHandle\n')))));
    const finding = moved.find((issue) => issue.check_name === 'AWS-EC2-SG-OPEN-ADMIN-PORTS')!;
    expect(finding.location.lines.begin).toBe(13);
    expect(finding.fingerprint).toBe(issues.find((issue) => issue.check_name === 'AWS-EC2-SG-OPEN-ADMIN-PORTS')!.fingerprint);
  });
});
