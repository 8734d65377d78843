/**
 * Identity-based IAM policies (`aws_iam_policy`, the `_role_policy`/`_user_policy`/`_group_policy` resources, a
 * role's `inline_policy` blocks) and IAM user access keys. Policies arrive as JSON text: `jsonencode(…)`, a heredoc,
 * or an `aws_iam_policy_document` data source's `json`, decoded when known.
 */
import type { IamAccessKey, IamPolicyHolder, PolicyDocument } from '../../../model/aws/iam.ts';
import type { ResourceBase } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { text } from '../../../read/convert.ts';
import { readPolicyDocument } from '../../../read/policy.ts';
import { decodedJson } from '../common.ts';
import type { Cursor, TfReader } from '../reader.ts';

const standalonePolicies = new Set(['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy']);
const principals = new Set(['aws_iam_role', 'aws_iam_user', 'aws_iam_group']);

const isDocument = (document: PolicyDocument | undefined): document is PolicyDocument => document !== undefined;
const documentOf = (reader: TfReader, cursor: Cursor) => readPolicyDocument(reader, decodedJson(cursor));

function holder(base: ResourceBase, documents: PolicyDocument[]): IamPolicyHolder | undefined {
  return documents.length > 0 ? { ...base, kind: 'aws.iam.policy', documents } : undefined;
}

const iam: Mapper<TfReader> = {
  types: [...principals, ...standalonePolicies, 'aws_iam_access_key'],
  kinds: ['aws.iam.policy', 'aws.iam.access-key'],

  build(reader, base) {
    const type = reader.resource.type;
    if (principals.has(type)) {
      const inline = reader.blocks(reader.get('inline_policy')).map((block) => documentOf(reader, reader.field(block, 'policy')));
      return holder(base, inline.filter(isDocument));
    }
    if (standalonePolicies.has(type)) return holder(base, [documentOf(reader, reader.get('policy'))].filter(isDocument));
    if (type === 'aws_iam_access_key') {
      const key: IamAccessKey = { ...base, kind: 'aws.iam.access-key', status: text(reader.get('status')) };
      return key;
    }
    return undefined;
  },
};
export default iam;
