/**
 * Which findings get a card on the report page, and the id each card carries, so other parts of the page
 * (the architecture diagram) link only to cards that are there.
 */
import { Pillar, severityOrder, type Finding } from '../../checks/index.ts';

/**
 * Findings shown in full (source excerpt, reasons, fix); the rest are listed in one line each. A 5 MB upload
 * can hold thousands of findings, and a page with an excerpt for each weighed 25 MB.
 */
export const detailedFindingsLimit = 100;
/** Beyond this many, findings are only counted by rule (the downloads list them all). */
export const listedFindingsLimit = 1000;

/** Active findings in the order the page shows them: by pillar, then by severity. */
export function displayOrder(active: readonly Finding[]): Finding[] {
  return Pillar.options.flatMap((pillar) => severityOrder.flatMap((severity) => active.filter((finding) => finding.pillar === pillar && finding.severity === severity)));
}

/** The findings with a card of their own; the rest are only counted by rule. */
export const findingsWithCards = (findings: readonly Finding[]): Set<Finding> => new Set(displayOrder(findings.filter((finding) => !finding.suppressed)).slice(0, listedFindingsLimit));

/** The file is part of the id: two files of one upload often hold the same finding at the same line. */
export const findingAnchor = (finding: Finding) => `finding-${finding.file.replace(/[^A-Za-z0-9_-]+/g, '_')}-${finding.ruleId}-${finding.line}-${finding.column}`;
