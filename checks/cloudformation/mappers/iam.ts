/**
 * Identity-based IAM policies (what a role, user or group may do) and IAM user access keys. Trust policies
 * and resource policies (bucket, key, queue policies) say who may act on a resource; they are not read here.
 */
import type { IamAccessKey, IamPolicyHolder, PolicyDocument } from '../../model/aws/iam.ts';
import type { ResourceBase } from '../../model/types.ts';
import type { CfnMapper } from '../mapper.ts';
import { readPolicyDocument } from '../../read/policy.ts';
import { text, type Cursor, type ResourceReader } from '../read.ts';

/** Types that carry one identity policy document in `PolicyDocument`. */
const standalonePolicies = new Set(['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy']);
/** Types whose inline policies are `Policies[].PolicyDocument`. */
const principals = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']);

const isDocument = (document: PolicyDocument | undefined): document is PolicyDocument => document !== undefined;

function inlinePolicies(reader: ResourceReader): PolicyDocument[] {
  return reader
    .items(reader.get('Policies'))
    .map((policy) => readPolicyDocument(reader, reader.field(policy, 'PolicyDocument')))
    .filter(isDocument);
}

/**
 * A SAM function's `Policies` mixes managed policy names, SAM policy templates (`SQSPollerPolicy: …`) and
 * inline documents; only the inline documents (mappings with a `Statement`) are policies written here.
 */
function samInlinePolicies(reader: ResourceReader): PolicyDocument[] {
  const policies = reader.get('Policies');
  const items: Cursor[] = policies.value?.kind === 'map' ? [policies] : reader.items(policies);
  return items
    .filter((item) => reader.field(item, 'Statement').value !== undefined)
    .map((item) => readPolicyDocument(reader, item))
    .filter(isDocument);
}

function holder(base: ResourceBase, documents: PolicyDocument[]): IamPolicyHolder | undefined {
  return documents.length > 0 ? { ...base, kind: 'aws.iam.policy', documents } : undefined;
}

const iam: CfnMapper = {
  types: [...principals, ...standalonePolicies, 'AWS::IAM::AccessKey', 'AWS::Serverless::Function'],
  kinds: ['aws.iam.policy', 'aws.iam.access-key'],

  build(reader, base) {
    const type = reader.resource.type;
    if (principals.has(type)) return holder(base, inlinePolicies(reader));
    if (standalonePolicies.has(type)) return holder(base, [readPolicyDocument(reader, reader.get('PolicyDocument'))].filter(isDocument));
    if (type === 'AWS::IAM::AccessKey') {
      const key: IamAccessKey = { ...base, kind: 'aws.iam.access-key', status: text(reader.get('Status')) };
      return key;
    }
    return undefined;
  },

  // The function itself is modelled by the Lambda mapper; its generated role's inline policies join the model here.
  link(reader, links) {
    if (reader.resource.type !== 'AWS::Serverless::Function') return;
    const policies = holder(links.base(reader.resource.logicalId), samInlinePolicies(reader));
    if (policies) links.model.add(policies);
  },
};
export default iam;
