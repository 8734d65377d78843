/** What the IAM rules ask of an identity-policy statement: is it an Allow, which actions and resources it covers. */
import type { PolicyStatement } from '../../../model/aws/iam.ts';

/** A known `Allow`; an effect known only at deploy time is not reported. */
export const isAllow = (statement: PolicyStatement): boolean => statement.effect.state === 'known' && statement.effect.value === 'Allow';

/** An IAM action pattern (`iam:Put*`, `s3:*`, `*`) as a test on lower-cased action names. */
function patternOf(action: string): RegExp {
  const escaped = action
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

/** The written actions (lower-cased) that grant `action`; empty when none does. */
export function actionsGranting(statement: PolicyStatement, action: string): string[] {
  if (statement.notAction || !statement.actions) return [];
  return statement.actions.filter((written) => patternOf(written).test(action));
}

/** Every resource: `*`, or an ARN whose resource part is only `*` (`arn:aws:s3:::*`). */
export function onEveryResource(statement: PolicyStatement): string | undefined {
  if (statement.notResource || !statement.resources) return undefined;
  return statement.resources.find((resource) => resource === '*' || /^arn:[^:]*:[^:]*:[^:]*:[^:]*:\*$/.test(resource));
}

/** Every action there is (`*`, `*:*`): AWS-IAM-WILDCARD-ADMIN's finding, which the narrower rules leave to it. */
export const isEveryAction = (action: string): boolean => action === '*' || action === '*:*';
