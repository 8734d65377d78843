/**
 * Identity-based IAM policies (`aws_iam_policy`, the `_role_policy`/`_user_policy`/`_group_policy` resources, a
 * role's `inline_policy` blocks) and IAM user access keys. Policies arrive as JSON text (`jsonencode(…)`, a
 * heredoc) or an `aws_iam_policy_document` data source's `json`; they are read once every resource is known,
 * since a data source is read through the links.
 */
import type { IamAccessKey, PolicyDocument } from '../../../model/aws/iam.ts';
import type { Mapper } from '../../../read/build.ts';
import { text } from '../../../read/convert.ts';
import { policyDocumentOf } from '../policy-documents.ts';
import type { TfReader } from '../reader.ts';

const standalonePolicies = new Set(['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy']);
const principals = new Set(['aws_iam_role', 'aws_iam_user', 'aws_iam_group']);

const isDocument = (document: PolicyDocument | undefined): document is PolicyDocument => document !== undefined;

const iam: Mapper<TfReader> = {
  types: [...principals, ...standalonePolicies, 'aws_iam_access_key'],
  kinds: ['aws.iam.policy', 'aws.iam.access-key'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_iam_access_key') return undefined;
    const key: IamAccessKey = { ...base, kind: 'aws.iam.access-key', status: text(reader.get('status')) };
    return key;
  },

  link(reader, links) {
    const type = reader.resource.type;
    const policies = principals.has(type) ? reader.blocks(reader.get('inline_policy')).map((block) => reader.field(block, 'policy')) : standalonePolicies.has(type) ? [reader.get('policy')] : [];
    const documents = policies.map((policy) => policyDocumentOf(reader, policy, links)).filter(isDocument);
    if (documents.length > 0) links.model.add({ ...links.base(reader.resource.address), kind: 'aws.iam.policy', documents });
  },
};
export default iam;
