/** Stable finding fingerprints shared by the SARIF and GitLab reports, so code scanning and merge requests track a finding across line moves. */
import type { Finding } from './schema.ts';

/** FNV-1a, 64-bit: dependency-free and deterministic. */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < text.length; index++) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Rule, file, resource and property: what a finding is about, never the line it sits on. */
export function findingFingerprint(finding: Finding): string {
  return fnv1a64(`${finding.ruleId}|${finding.file}|${finding.resource.address}|${finding.pointer}`);
}
