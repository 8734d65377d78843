/** Words for a suppressed finding, shared by the reports that show suppressions (text, SARIF). */
import { peerSyntax } from '../engine/peer-suppressions.ts';
import type { Finding } from './schema.ts';
import type { ReportWords } from './words.ts';

/** How a suppression was written and why, e.g. "suppressed by cfn_nag rules_to_suppress: Logs bucket". */
export function suppressionText(suppressed: NonNullable<Finding['suppressed']>, words: ReportWords): string {
  const how = suppressed.tool ? peerSyntax[suppressed.tool] : words.ownSuppressions[suppressed.source];
  return words.suppressedBy(how, suppressed.reason || words.noReason);
}
