/**
 * What the resource and trust policy rules need to know about a statement: whether it allows, which principals
 * it names, and which condition keys narrow who may use it. Shared by the IAM trust, KMS key, SNS and SQS rules.
 */
import type { PolicyDocument, PolicyStatement } from '../../model/aws/iam.ts';

export const allows = (statement: PolicyStatement): boolean => statement.effect.state === 'known' && statement.effect.value === 'Allow';

/** Condition keys (lower-cased) that narrow "everyone" to an account, an organisation, a principal or a network. */
export const identityNarrowingKeys: readonly string[] = [
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceowner',
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
];

/** The statement carries a condition on one of `keys` (lower-cased); a condition with no known value still narrows. */
export const conditionOn = (statement: PolicyStatement, keys: readonly string[]): boolean => statement.conditions.some((condition) => keys.includes(condition.key));

/** Service principals the statement names (`sns.amazonaws.com`); values known only at deploy time are left out. */
export function servicePrincipals(statement: PolicyStatement): string[] {
  return (statement.principals ?? []).flatMap((principal) => (principal.type === 'Service' && principal.value !== undefined ? [principal.value] : []));
}

/** Keys that tie a service's request to the resource or account it acts for (confused deputy protection). */
const sourceKeys = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourceowner'];

/** An Allow to a service principal with no condition on the source resource, account or organisation. */
export function servicesWithoutSource(statement: PolicyStatement): string[] {
  if (!allows(statement) || conditionOn(statement, sourceKeys)) return [];
  return servicePrincipals(statement);
}

/** A written action (`sqs:*`, `sns:Pub*`, `*`) covers `wanted` (lower-cased). */
const covers = (written: string, wanted: string) => written === '*' || written === wanted || (written.endsWith('*') && wanted.startsWith(written.slice(0, -1)));

/**
 * A Deny whenever `aws:SecureTransport` is false, of the service's actions: any action of `prefix` (`s3`, `sqs`,
 * `sns`), or, when `action` is given, one that covers it (`sqs:*` for all of them, `sns:publish`).
 */
export function deniesInsecureTransportOf(statement: PolicyStatement, prefix: string, action?: string): boolean {
  if (statement.effect.state !== 'known' || statement.effect.value !== 'Deny' || statement.notAction) return false;
  const coversService =
    statement.actions?.some((written) => (action === undefined ? written === '*' || written === `${prefix}:*` || written.startsWith(`${prefix}:`) : covers(written, action))) ?? false;
  return (
    coversService && statement.conditions.some((condition) => condition.operator.toLowerCase().startsWith('bool') && condition.key === 'aws:securetransport' && condition.values.includes('false'))
  );
}

/**
 * Each statement of the owners' policies that grants a service principal with no source condition, once: a policy
 * resource naming several queues or topics is one policy, reported on the first of them.
 */
export function serviceGrantsWithoutSource<T>(owners: T[], policiesOf: (owner: T) => PolicyDocument[]): { owner: T; statement: PolicyStatement; services: string[] }[] {
  const seen = new Set<PolicyStatement>();
  const found: { owner: T; statement: PolicyStatement; services: string[] }[] = [];
  for (const owner of owners)
    for (const policy of policiesOf(owner))
      for (const statement of policy.statements) {
        const services = servicesWithoutSource(statement);
        if (services.length === 0 || seen.has(statement)) continue;
        seen.add(statement);
        found.push({ owner, statement, services });
      }
  return found;
}

/**
 * Whether an owner's policies leave requests without TLS allowed: `none` when it has no policy at all, `no-deny`
 * when its policies (all readable) have no Deny on `aws:SecureTransport` = false, `undefined` when enforced or not
 * knowable.
 */
export function insecureTransportGap(policies: PolicyDocument[], prefix: string, action: string): 'none' | 'no-deny' | undefined {
  if (policies.length === 0) return 'none';
  if (policies.some((policy) => policy.unreadable || policy.statements.some((statement) => deniesInsecureTransportOf(statement, prefix, action)))) return undefined;
  return 'no-deny';
}
