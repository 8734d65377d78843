/**
 * Suppressions written in a CloudFormation template, in the common `Suppression` shape: resource `Metadata` and `# plumbline:ignore` comments.
 *
 *   Metadata:
 *     plumbline:
 *       ignore:
 *         - rule: AWS-S3-ACCESS-LOGGING
 *           reason: Logs bucket; logging it to itself would loop
 *           expires: 2027-01-31
 *
 *   # plumbline:ignore AWS-S3-ACCESS-LOGGING reason="Logs bucket" expires=2027-01-31
 */
import type { Suppression } from '../model/types.ts';
import { scalarText, valueOf } from '../parse/tree.ts';
import type { SourceFile } from '../source/file.ts';
import type { CfnResource } from './template.ts';

const commentPattern = /#\s*plumbline:ignore\s+([A-Za-z0-9_-]+)([^\n]*)/g;

function fromMetadata(resource: CfnResource): Suppression[] {
  const plumbline = resource.metadata ? valueOf(resource.metadata, 'plumbline') : undefined;
  const ignore = plumbline?.kind === 'map' ? valueOf(plumbline, 'ignore') : undefined;
  if (ignore?.kind !== 'seq') return [];
  return ignore.items.flatMap((item) => {
    if (item.kind !== 'map') return [];
    const ruleId = scalarText(valueOf(item, 'rule'));
    if (!ruleId) return [];
    const suppression: Suppression = { ruleId, reason: scalarText(valueOf(item, 'reason')) ?? '', source: 'metadata' };
    const expires = scalarText(valueOf(item, 'expires'));
    if (expires) suppression.expires = expires;
    return [suppression];
  });
}

/** Comments inside the resource's block, or on the line just above its name. */
function fromComments(file: SourceFile, resource: CfnResource): Suppression[] {
  const text = file.text;
  const keyLineStart = text.lastIndexOf('\n', resource.entry.keyStart - 1) + 1;
  const previousLineStart = keyLineStart > 0 ? text.lastIndexOf('\n', keyLineStart - 2) + 1 : 0;
  const block = text.slice(previousLineStart, resource.entry.value.end);
  if (!block.includes('plumbline:ignore')) return [];
  const suppressions: Suppression[] = [];
  for (const match of block.matchAll(commentPattern)) {
    const rest = match[2] ?? '';
    const reason = /reason="([^"]*)"/.exec(rest)?.[1] ?? /reason=(\S+)/.exec(rest)?.[1] ?? '';
    const expires = /expires=(\d{4}-\d{2}-\d{2})/.exec(rest)?.[1];
    const suppression: Suppression = { ruleId: match[1]!, reason, source: 'comment' };
    if (expires) suppression.expires = expires;
    suppressions.push(suppression);
  }
  return suppressions;
}

export function templateSuppressions(file: SourceFile, resource: CfnResource): Suppression[] {
  return [...fromMetadata(resource), ...fromComments(file, resource)];
}
