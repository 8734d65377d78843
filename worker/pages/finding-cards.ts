/**
 * Which findings get a card on the report page, in what order and under which id, so other parts of the page
 * (the architecture diagram) link only to cards that are there.
 */
import { Pillar, severityOrder, type Finding, type Severity } from '../../checks/index.ts';

/**
 * Findings shown in full (source excerpt, reasons, fix); the rest are listed in one line each. A 5 MB upload
 * can hold thousands of findings, and a page with an excerpt for each weighed 25 MB.
 */
export const detailedFindingsLimit = 100;
/** Beyond this many, findings are only counted by rule (the downloads list them all). */
export const listedFindingsLimit = 1000;

/** The findings of one rule at one severity, in display order. */
export interface FindingGroup {
  ruleId: string;
  pillar: Pillar;
  severity: Severity;
  findings: Finding[];
}

/** Findings in display order (pillar, severity, then the rule's first appearance), one group per rule. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const pillar of Pillar.options) {
    for (const severity of severityOrder) {
      const byRule = new Map<string, FindingGroup>();
      for (const finding of findings) {
        if (finding.pillar !== pillar || finding.severity !== severity) continue;
        const group = byRule.get(finding.ruleId) ?? { ruleId: finding.ruleId, pillar, severity, findings: [] };
        group.findings.push(finding);
        byRule.set(finding.ruleId, group);
      }
      groups.push(...byRule.values());
    }
  }
  return groups;
}

/** Active findings in the order the page shows them. */
export const displayOrder = (active: readonly Finding[]): Finding[] => groupFindings(active).flatMap((group) => group.findings);

/** The findings listed on the page, each under its own id; the rest are only counted by rule. */
export const findingsWithCards = (findings: readonly Finding[]): Set<Finding> => new Set(displayOrder(findings.filter((finding) => !finding.suppressed)).slice(0, listedFindingsLimit));

/** The file is part of the id: two files of one upload often hold the same finding at the same line. */
export const findingAnchor = (finding: Finding) => `finding-${finding.file.replace(/[^A-Za-z0-9_-]+/g, '_')}-${finding.ruleId}-${finding.line}-${finding.column}`;
