/** Format-neutral suppression logic: `.plumbline.yml` entries, the baseline, and expiry. */
import type { CheckConfig } from '../config.ts';
import type { PeerTool, ResourceBase, Suppression } from '../model/types.ts';
import { positionAt, type SourceFile } from '../source/file.ts';

/** Expired means the expiry date is before today (a suppression is good through its last day). */
export function isExpired(suppression: Suppression, today: string): boolean {
  return suppression.expires !== undefined && suppression.expires < today;
}

/** Suppressions from the config file and the baseline that match one finding of `ruleId` on `resource` in `file`. */
export function configSuppressions(ruleId: string, resource: ResourceBase, file: string, config: Partial<CheckConfig> | undefined): Suppression[] {
  const matchesResource = (name: string | undefined) => name === undefined || name === resource.address || name === resource.name;
  const fromIgnore = (config?.ignore ?? [])
    .filter((entry) => entry.rule === ruleId && matchesResource(entry.resource) && (entry.file === undefined || entry.file === file))
    .map((entry): Suppression => ({ ruleId: entry.rule, reason: entry.reason, source: 'config', ...(entry.expires ? { expires: entry.expires } : {}) }));
  const fromBaseline = (config?.baseline ?? [])
    .filter((entry) => entry.rule === ruleId && entry.resource === resource.address && entry.file === file)
    .map((entry): Suppression => ({ ruleId: entry.rule, reason: 'accepted in the baseline', source: 'baseline' }));
  return [...fromIgnore, ...fromBaseline];
}

const ignoreComment = /(?:#|\/\/)\s*plumbline:ignore\s+([A-Za-z0-9_-]+)([^\n]*)/g;

/**
 * `# plumbline:ignore RULE-ID reason="why" expires=YYYY-MM-DD` comments in a stretch of source text. The same
 * syntax in every format that has comments (`//` works too where the format allows it, as in HCL).
 */
export function suppressionsInComments(text: string): Suppression[] {
  if (!text.includes('plumbline:ignore')) return [];
  const suppressions: Suppression[] = [];
  for (const match of text.matchAll(ignoreComment)) {
    const rest = match[2] ?? '';
    const reason = /reason="([^"]*)"/.exec(rest)?.[1] ?? /reason=(\S+)/.exec(rest)?.[1] ?? '';
    const expires = /expires=(\d{4}-\d{2}-\d{2})/.exec(rest)?.[1];
    const suppression: Suppression = { ruleId: match[1]!, reason, source: 'comment' };
    if (expires) suppression.expires = expires;
    suppressions.push(suppression);
  }
  return suppressions;
}

/** checkov's own pattern (`checkov/common/comment/enum.py`): `checkov:skip=CKV_AWS_18:reason`, `bridgecrew:skip=` alike. */
const checkovComment = /(?:checkov|bridgecrew):skip=\s*([A-Z_\d]+)(?::([^\n]*))?/g;

/** `tfsec:ignore:ID` and `trivy:ignore:ID`, optionally `:exp:YYYY-MM-DD` and `:ws:WORKSPACE`; any text after is the reason. */
const trivyComment = /(tfsec|trivy):ignore:([A-Za-z0-9_.-]+)((?::(?:exp|ws):[^\s:]+)*)((?:(?!(?:tfsec|trivy):ignore:)[^\n])*)/g;

/**
 * Suppressions another tool reads from comments, in the common shape with `peer` set and the peer's id as `ruleId`
 * until the engine maps it. `text` is the stretch of `file` starting at `offset` that belongs to one resource.
 */
export function peerSuppressionsInComments(text: string, file: SourceFile, offset: number): Suppression[] {
  if (!/skip=|:ignore:/.test(text)) return [];
  const suppressions: Suppression[] = [];
  const peer = (tool: PeerTool, id: string, index: number, reason: string, expires?: string): Suppression => ({
    ruleId: id,
    reason: reason.trim(),
    source: 'comment',
    ...(expires ? { expires } : {}),
    peer: { tool, id, file: file.path, line: positionAt(file, offset + index).line },
  });
  for (const match of text.matchAll(checkovComment)) suppressions.push(peer('checkov', match[1]!, match.index, match[2] ?? ''));
  for (const match of text.matchAll(trivyComment)) {
    const expires = /:exp:(\d{4}-\d{2}-\d{2})/.exec(match[3] ?? '')?.[1];
    // Several directives may share a line (`#tfsec:ignore:a #tfsec:ignore:b`): the comment marker before the next is not a reason.
    const reason = (match[4] ?? '').replace(/\s*(?:#|\/\/)?\s*$/, '');
    suppressions.push(peer(match[1] as PeerTool, match[2]!, match.index, reason, expires));
  }
  return suppressions;
}
