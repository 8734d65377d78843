/** Orderings shared by the human-readable reporters. */
import { Pillar } from '../pillars.ts';
import { severityOrder, type Severity } from '../rules/rule.ts';
import type { Finding } from './schema.ts';

export const pillarTitles: Record<Pillar, string> = {
  security: 'Security',
  reliability: 'Reliability',
  performance: 'Performance efficiency',
  cost: 'Cost optimisation',
  operations: 'Operational excellence',
  sustainability: 'Sustainability',
};

/** Findings grouped pillar by pillar (in framework order), most severe first, then by file and line. */
export function groupByPillarAndSeverity(findings: Finding[]): { pillar: Pillar; severity: Severity; findings: Finding[] }[] {
  const groups: { pillar: Pillar; severity: Severity; findings: Finding[] }[] = [];
  for (const pillar of Pillar.options)
    for (const severity of severityOrder) {
      const matching = findings
        .filter((finding) => finding.pillar === pillar && finding.severity === severity)
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
      if (matching.length > 0) groups.push({ pillar, severity, findings: matching });
    }
  return groups;
}
