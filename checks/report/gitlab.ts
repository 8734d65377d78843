/**
 * GitLab Code Quality: the Code Climate-style JSON array GitLab reads from `artifacts:reports:codequality` and shows in
 * merge requests. Documented fields only (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
 */
import type { Severity } from '../vocabulary.ts';
import { findingFingerprint, fnv1a64 } from './fingerprint.ts';
import type { Report } from './schema.ts';

/** One Code Quality issue, as GitLab documents it. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/** Our four levels onto GitLab's top four, so a critical finding is a blocker in the merge request too. */
const gitlabSeverity: Record<Severity, CodeQualityIssue['severity']> = { critical: 'blocker', high: 'critical', medium: 'major', low: 'minor' };

/** Active findings, then files that could not be checked (GitLab has no other place to show them). */
export function renderGitlab(report: Report): string {
  const issues: CodeQualityIssue[] = report.findings
    .filter((finding) => !finding.suppressed)
    .map((finding) => ({
      description: `${finding.ruleId}: ${finding.message}`,
      check_name: finding.ruleId,
      fingerprint: findingFingerprint(finding),
      severity: gitlabSeverity[finding.severity],
      location: { path: finding.file, lines: { begin: finding.line } },
    }));
  for (const diagnostic of report.diagnostics.filter((candidate) => candidate.level === 'error'))
    issues.push({
      description: `${diagnostic.file} could not be checked: ${diagnostic.message}`,
      check_name: `plumbline/${diagnostic.code}`,
      fingerprint: fnv1a64(`${diagnostic.code}|${diagnostic.file}`),
      severity: 'major',
      location: { path: diagnostic.file, lines: { begin: diagnostic.line ?? 1 } },
    });
  return JSON.stringify(issues, null, 2) + '\n';
}
