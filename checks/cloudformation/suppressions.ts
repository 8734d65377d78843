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
 *
 * Suppressions written for other tools carry over, mapped by the engine through the rules' `equivalents`:
 * `Metadata: cfn_nag: rules_to_suppress: [{ id, reason }]`, `Metadata: checkov: skip: [{ id, comment }]`,
 * `Metadata: cfn-lint: config: ignore_checks: [ID]`, and `# checkov:skip=ID:reason` comments in the resource.
 */
import { peerSuppressionsInComments, suppressionsInComments } from '../engine/suppressions.ts';
import type { PeerTool, Suppression } from '../model/types.ts';
import { scalarText, valueOf, type Node } from '../parse/tree.ts';
import { positionAt, type SourceFile } from '../source/file.ts';
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

/** A peer suppression from a Metadata entry, its id the peer's until the engine maps it. */
function peerEntry(file: SourceFile, tool: PeerTool, id: string, reason: string, at: Node): Suppression {
  return { ruleId: id, reason, source: 'metadata', peer: { tool, id, file: file.path, line: positionAt(file, at.start).line } };
}

/** `cfn_nag: rules_to_suppress`, `checkov: skip` and `cfn-lint: config: ignore_checks` in the resource's Metadata. */
function fromPeerMetadata(file: SourceFile, resource: CfnResource): Suppression[] {
  const metadata = resource.metadata;
  if (!metadata) return [];
  const listed = (list: Node | undefined, tool: PeerTool, reasonKey: string) =>
    list?.kind !== 'seq'
      ? []
      : list.items.flatMap((item) => {
          const id = item.kind === 'map' ? scalarText(valueOf(item, 'id')) : undefined;
          return id && item.kind === 'map' ? [peerEntry(file, tool, id, scalarText(valueOf(item, reasonKey)) ?? '', item)] : [];
        });
  const cfnNag = valueOf(metadata, 'cfn_nag');
  const checkov = valueOf(metadata, 'checkov');
  const cfnLint = valueOf(metadata, 'cfn-lint');
  const cfnLintConfig = cfnLint?.kind === 'map' ? valueOf(cfnLint, 'config') : undefined;
  const ignoreChecks = cfnLintConfig?.kind === 'map' ? valueOf(cfnLintConfig, 'ignore_checks') : undefined;
  return [
    ...listed(cfnNag?.kind === 'map' ? valueOf(cfnNag, 'rules_to_suppress') : undefined, 'cfn_nag', 'reason'),
    ...listed(checkov?.kind === 'map' ? valueOf(checkov, 'skip') : undefined, 'checkov', 'comment'),
    // cfn-lint takes bare ids, no reason.
    ...(ignoreChecks?.kind === 'seq'
      ? ignoreChecks.items.flatMap((item) => {
          const id = scalarText(item);
          return id ? [peerEntry(file, 'cfn_lint', id, '', item)] : [];
        })
      : []),
  ];
}

/** Comments inside the resource's block, or on the line just above its name. */
function fromComments(file: SourceFile, resource: CfnResource): Suppression[] {
  const text = file.text;
  const keyLineStart = text.lastIndexOf('\n', resource.entry.keyStart - 1) + 1;
  const previousLineStart = keyLineStart > 0 ? text.lastIndexOf('\n', keyLineStart - 2) + 1 : 0;
  const block = text.slice(previousLineStart, resource.entry.value.end);
  return [...suppressionsInComments(block), ...peerSuppressionsInComments(block, file, previousLineStart)];
}

export function templateSuppressions(file: SourceFile, resource: CfnResource): Suppression[] {
  return [...fromMetadata(resource), ...fromPeerMetadata(file, resource), ...fromComments(file, resource)];
}
