/** What the S3 rules need to know about bucket policies: who they open the bucket to, and whether they demand TLS. */
import type { PolicyStatement } from '../../../model/aws/iam.ts';
import { deniesInsecureTransportOf } from '../policy-principals.ts';

/** Condition keys that narrow "everyone" down to a known network, organisation, account or service. */
const narrowingKeys = new Set([
  'aws:sourcevpce',
  'aws:sourcevpc',
  'aws:sourceip',
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceorgid',
  'aws:principalorgid',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
]);

/** An Allow to everyone with no condition that narrows who "everyone" is. */
export function grantsEveryone(statement: PolicyStatement): boolean {
  if (statement.effect.state !== 'known' || statement.effect.value !== 'Allow') return false;
  if (statement.principalIsEveryone !== true) return false;
  return !statement.conditions.some((condition) => narrowingKeys.has(condition.key));
}

/**
 * Requests go to the bucket (`arn:aws:s3:::name`) or to its objects (`arn:aws:s3:::name/*`): a Deny naming only one
 * leaves the other open. Resources computed at deploy time, or a NotResource, are given the benefit of the doubt.
 */
function coversBucketAndObjects(statement: PolicyStatement): boolean {
  if (statement.resources === undefined || statement.notResource) return true;
  const bucket = statement.resources.some((resource) => resource === '*' || !resource.includes('/'));
  const objects = statement.resources.some((resource) => resource === '*' || resource.includes('/'));
  return bucket && objects;
}

/** A Deny of S3 actions on the bucket and its objects whenever `aws:SecureTransport` is false. */
export function deniesInsecureTransport(statement: PolicyStatement): boolean {
  return deniesInsecureTransportOf(statement, 's3') && coversBucketAndObjects(statement);
}
