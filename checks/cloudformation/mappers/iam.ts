/**
 * Identity-based IAM policies (what a role, user or group may do) and IAM user access keys. Trust policies
 * and resource policies (bucket, key, queue policies) say who may act on a resource; they are not read here.
 * A policy counts whether written as a map, as JSON text, attached by managed policy ARN, or named in a SAM
 * function's `Policies` (a managed policy name or a SAM policy template).
 */
import type { IamAccessKey, IamPolicyHolder, PolicyDocument } from '../../model/aws/iam.ts';
import type { ResourceBase } from '../../model/types.ts';
import { awsManagedPolicyName, managedPolicyDocument } from '../../read/managed-policies.ts';
import { samTemplateDocument } from '../../read/sam-policy-templates.ts';
import type { CfnMapper } from '../mapper.ts';
import { text, type Cursor, type ResourceReader } from '../read.ts';
import { readTemplatePolicy, writtenText } from './support/policy-text.ts';

/** Types that carry one identity policy document in `PolicyDocument`. */
const standalonePolicies = new Set(['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy']);
/** Types whose inline policies are `Policies[].PolicyDocument`, and which attach managed policies by `ManagedPolicyArns`. */
const principals = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']);
/** SAM types whose generated role takes `Policies`. */
const samPrincipals = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);

const isDocument = (document: PolicyDocument | undefined): document is PolicyDocument => document !== undefined;

function inlinePolicies(reader: ResourceReader): PolicyDocument[] {
  return reader
    .items(reader.get('Policies'))
    .map((policy) => readTemplatePolicy(reader, reader.field(policy, 'PolicyDocument')))
    .filter(isDocument);
}

/**
 * A managed policy named by ARN: an AWS managed one is read from the table; one this template creates (a `Ref`)
 * is modelled on its own; any other (a customer managed policy elsewhere, an ARN known only at deploy time) is
 * attached but unreadable.
 */
function attachedPolicy(reader: ResourceReader, item: Cursor): PolicyDocument | undefined {
  if (item.value?.kind === 'ref') return undefined;
  const written = writtenText(reader, item);
  const name = written === undefined ? undefined : awsManagedPolicyName(written);
  if (name !== undefined) return managedPolicyDocument(name, item.at);
  return { at: item.at, statements: [], unreadable: true };
}

function managedPolicies(reader: ResourceReader, arns: Cursor): PolicyDocument[] {
  return reader
    .items(arns)
    .map((item) => attachedPolicy(reader, item))
    .filter(isDocument);
}

/** `- S3CrudPolicy: { BucketName: !Ref Uploads }`: the template's arguments as known text. */
function samTemplate(reader: ResourceReader, item: Cursor, name: string): PolicyDocument {
  const settings = reader.field(item, name);
  const parameters = new Map(reader.entries(settings).map(({ key, cursor }) => [key, writtenText(reader, cursor)]));
  // Arguments that name a resource of this template (`!Ref Uploads`) resolve at deploy time; they name one resource, not all.
  for (const { key, cursor } of reader.entries(settings)) if (cursor.value?.kind === 'ref') parameters.set(key, `\${${cursor.value.resource}}`);
  return samTemplateDocument(name, parameters, settings.at);
}

/**
 * A SAM `Policies` item: a managed policy name or ARN, a policy document, or a SAM policy template (a one-key map
 * of template name to arguments). Anything else grants something unknown.
 */
function samPolicy(reader: ResourceReader, item: Cursor): PolicyDocument | undefined {
  const value = item.value;
  if (value?.kind === 'map') {
    if (reader.field(item, 'Statement').value !== undefined) return readTemplatePolicy(reader, item);
    const keys = reader.entries(item).map(({ key }) => key);
    if (keys.length === 1) return samTemplate(reader, item, keys[0]!);
    return { at: item.at, statements: [], unreadable: true };
  }
  const written = writtenText(reader, item);
  if (written === undefined) return value?.kind === 'ref' ? undefined : { at: item.at, statements: [], unreadable: true };
  if (written.startsWith('arn:')) return attachedPolicy(reader, item);
  // SAM turns a bare name into `arn:${AWS::Partition}:iam::aws:policy/<path><name>`.
  return managedPolicyDocument(written, item.at);
}

function samPolicies(reader: ResourceReader): PolicyDocument[] {
  const policies = reader.get('Policies');
  const items: Cursor[] = policies.value?.kind === 'seq' ? reader.items(policies) : [policies];
  return items
    .filter((item) => item.value !== undefined)
    .map((item) => samPolicy(reader, item))
    .filter(isDocument);
}

function holder(base: ResourceBase, documents: PolicyDocument[]): IamPolicyHolder | undefined {
  return documents.length > 0 ? { ...base, kind: 'aws.iam.policy', documents } : undefined;
}

const iam: CfnMapper = {
  types: [...principals, ...standalonePolicies, 'AWS::IAM::AccessKey', ...samPrincipals],
  kinds: ['aws.iam.policy', 'aws.iam.access-key'],

  build(reader, base) {
    const type = reader.resource.type;
    if (principals.has(type)) return holder(base, [...inlinePolicies(reader), ...managedPolicies(reader, reader.get('ManagedPolicyArns'))]);
    if (standalonePolicies.has(type)) return holder(base, [readTemplatePolicy(reader, reader.get('PolicyDocument'))].filter(isDocument));
    if (type === 'AWS::IAM::AccessKey') {
      const key: IamAccessKey = { ...base, kind: 'aws.iam.access-key', status: text(reader.get('Status')) };
      return key;
    }
    return undefined;
  },

  // The function itself is modelled by the Lambda mapper; its generated role's policies join the model here.
  link(reader, links) {
    if (!samPrincipals.has(reader.resource.type)) return;
    const policies = holder(links.base(reader.resource.logicalId), samPolicies(reader));
    if (policies) links.model.add(policies);
  },
};
export default iam;
