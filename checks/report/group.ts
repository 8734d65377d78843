/** Orderings shared by the human-readable reporters. */
import { Pillar, severityOrder, type Severity } from '../vocabulary.ts';
import type { Finding } from './schema.ts';

/** Findings grouped pillar by pillar (in framework order), most severe first, then by file and line. */
export function groupByPillarAndSeverity(findings: Finding[]): { pillar: Pillar; severity: Severity; findings: Finding[] }[] {
  const groups: { pillar: Pillar; severity: Severity; findings: Finding[] }[] = [];
  for (const pillar of Pillar.options)
    for (const severity of severityOrder) {
      const matching = findings.filter((finding) => finding.pillar === pillar && finding.severity === severity).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
      if (matching.length > 0) groups.push({ pillar, severity, findings: matching });
    }
  return groups;
}

/**
 * The colour each severity wears, as on the web (site.css `.severity-*`: critical and high share the red, medium is
 * amber, low is green), so a finding looks as serious in a terminal or a pull request as on its report page.
 */
export const severityColour: Record<Severity, 'red' | 'amber' | 'green'> = { critical: 'red', high: 'red', medium: 'amber', low: 'green' };

/** Findings of one rule, in the order they arrived: the text report shows the fix once for all of them. */
export function groupByRule(findings: Finding[]): Finding[][] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  return [...byRule.values()];
}
