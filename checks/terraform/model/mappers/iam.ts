/**
 * Identity-based IAM policies (`aws_iam_policy`, the `_role_policy`/`_user_policy`/`_group_policy` resources, a
 * role's `inline_policy` blocks) and IAM user access keys. Policies arrive as JSON text (`jsonencode(…)`, a
 * heredoc) or an `aws_iam_policy_document` data source's `json`; they are read once every resource is known,
 * since a data source is read through the links. AWS managed policies attached by ARN (the `_policy_attachment`
 * resources, a role's `managed_policy_arns`) count as the statements they grant.
 */
import type { IamAccessKey, PolicyDocument } from '../../../model/aws/iam.ts';
import type { Mapper } from '../../../read/build.ts';
import { referencedResource, text } from '../../../read/convert.ts';
import { awsManagedPolicyName, managedPolicyDocument } from '../../../read/managed-policies.ts';
import { policyDocumentOf } from '../policy-documents.ts';
import type { Cursor, TfReader } from '../reader.ts';

const standalonePolicies = new Set(['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy']);
const principals = new Set(['aws_iam_role', 'aws_iam_user', 'aws_iam_group']);
const isDocument = (document: PolicyDocument | undefined): document is PolicyDocument => document !== undefined;

/** Resources that attach a managed policy by ARN to a role, user or group. */
const attachments = new Set(['aws_iam_role_policy_attachment', 'aws_iam_user_policy_attachment', 'aws_iam_group_policy_attachment', 'aws_iam_policy_attachment']);

/**
 * A managed policy ARN: an AWS managed one is read from the table, also when the partition comes from a data
 * source (`"arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"`); a policy this
 * configuration creates (`aws_iam_policy.x.arn`) is modelled on its own; any other is attached but unreadable.
 */
function attachedPolicy(reader: TfReader, cursor: Cursor): PolicyDocument | undefined {
  const value = cursor.value;
  if (value === undefined || referencedResource(cursor)?.startsWith('aws_iam_policy.')) return undefined;
  const known = value.kind === 'scalar' ? String(value.value) : undefined;
  const written = reader.resource.file.text.slice(value.start, value.end);
  const partitionFree = /^"arn:\$\{[^}]+\}(:iam::aws:policy\/[^"$]+)"$/.exec(written);
  const name = awsManagedPolicyName(known ?? (partitionFree ? `arn:aws${partitionFree[1]}` : ''));
  return name === undefined ? { at: cursor.at, statements: [], unreadable: true } : managedPolicyDocument(name, cursor.at);
}

function attachedPolicies(reader: TfReader): PolicyDocument[] {
  const type = reader.resource.type;
  const arns = attachments.has(type) ? [reader.get('policy_arn')] : type === 'aws_iam_role' ? reader.items(reader.get('managed_policy_arns')) : [];
  return arns.map((arn) => attachedPolicy(reader, arn)).filter(isDocument);
}

const iam: Mapper<TfReader> = {
  types: [...principals, ...standalonePolicies, ...attachments, 'aws_iam_access_key'],
  kinds: ['aws.iam.policy', 'aws.iam.access-key'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_iam_access_key') return undefined;
    const key: IamAccessKey = { ...base, kind: 'aws.iam.access-key', status: text(reader.get('status')) };
    return key;
  },

  link(reader, links) {
    const type = reader.resource.type;
    const policies = principals.has(type) ? reader.blocks(reader.get('inline_policy')).map((block) => reader.field(block, 'policy')) : standalonePolicies.has(type) ? [reader.get('policy')] : [];
    const documents = [...policies.map((policy) => policyDocumentOf(reader, policy, links)).filter(isDocument), ...attachedPolicies(reader)];
    if (documents.length > 0) links.model.add({ ...links.base(reader.resource.address), kind: 'aws.iam.policy', documents });
  },
};
export default iam;
