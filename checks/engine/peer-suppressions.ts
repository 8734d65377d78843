/**
 * Suppressions written for other tools (cfn_nag, checkov, tfsec, trivy, cfn-lint), read by each format's adapter and
 * mapped here through the rules' `equivalents` to our rule ids, so a user migrating keeps what they accepted. An id
 * that maps to no rule is collected for one diagnostic instead of being dropped in silence.
 */
import { peerTools, type PeerSuppression, type Suppression } from '../model/types.ts';
import type { Rule } from '../rules/rule.ts';
import type { Diagnostic } from '../source/diagnostic.ts';

/** How each tool's suppression is written, as reports name it ("suppressed by cfn_nag rules_to_suppress: …"). */
export const peerSyntax: Record<PeerSuppression['tool'], string> = {
  cfn_nag: 'cfn_nag rules_to_suppress',
  checkov: 'checkov:skip',
  tfsec: 'tfsec:ignore',
  trivy: 'trivy:ignore',
  cfn_lint: 'cfn-lint ignore_checks',
};

/** Peer ids are matched without regard to case: trivy accepts `avd-aws-0089` as well as `AVD-AWS-0089`. */
const keyOf = (equivalentsKey: string, id: string) => `${equivalentsKey}\0${id.toUpperCase()}`;

const indexes = new WeakMap<readonly Rule[], Map<string, string[]>>();

/** Our rule ids for each (equivalents key, peer id). */
function indexOf(rules: readonly Rule[]): Map<string, string[]> {
  let index = indexes.get(rules);
  if (index) return index;
  index = new Map();
  for (const rule of rules) {
    for (const [key, ids] of Object.entries(rule.equivalents)) {
      for (const id of ids ?? []) {
        const ruleIds = index.get(keyOf(key, id)) ?? [];
        index.set(keyOf(key, id), [...ruleIds, rule.id]);
      }
    }
  }
  indexes.set(rules, index);
  return index;
}

/**
 * Our own suppressions unchanged; each peer suppression once per rule its id maps to (one trivy id may cover several
 * of our rules). Peer suppressions that map to none are added to `unmapped`.
 */
export function resolvePeerSuppressions(suppressions: Suppression[], rules: readonly Rule[], unmapped: Map<string, PeerSuppression>): Suppression[] {
  if (!suppressions.some((suppression) => suppression.peer)) return suppressions;
  const index = indexOf(rules);
  return suppressions.flatMap((suppression) => {
    const { peer } = suppression;
    if (!peer) return [suppression];
    const ruleIds = index.get(keyOf(peerTools[peer.tool], peer.id)) ?? [];
    if (ruleIds.length === 0) unmapped.set(`${peer.tool}\0${peer.id}\0${peer.file}\0${peer.line}`, peer);
    return ruleIds.map((ruleId) => ({ ...suppression, ruleId }));
  });
}

/** One low diagnostic listing every peer id that matched no rule, with where it is written. */
export function unmappedPeerDiagnostic(unmapped: Map<string, PeerSuppression>, file: string): Diagnostic | undefined {
  if (unmapped.size === 0) return undefined;
  const listed = [...unmapped.values()]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.id.localeCompare(b.id))
    .map((peer) => `${peerSyntax[peer.tool]} ${peer.id} (${peer.file}:${peer.line})`);
  const count =
    listed.length === 1
      ? '1 suppression written for another tool matches no Plumbline rule and suppresses'
      : `${listed.length} suppressions written for other tools match no Plumbline rule and suppress`;
  return {
    level: 'info',
    code: 'peer-suppression-unmapped',
    message: `${count} nothing: ${listed.join(', ')}`,
    file,
  };
}
