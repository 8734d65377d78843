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
import { suppressionsInComments } from '../engine/suppressions.ts';
import type { Suppression } from '../model/types.ts';
import { scalarText, valueOf } from '../parse/tree.ts';
import type { SourceFile } from '../source/file.ts';
import type { CfnResource } from './template.ts';

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
  return suppressionsInComments(text.slice(previousLineStart, resource.entry.value.end));
}

export function templateSuppressions(file: SourceFile, resource: CfnResource): Suppression[] {
  return [...fromMetadata(resource), ...fromComments(file, resource)];
}
