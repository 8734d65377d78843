/** AWS::S3::Bucket and the bucket policies that attach to it. */
import type { S3Bucket } from '../../model/aws/storage.ts';
import { absent, known, unknownAttr, type Attr } from '../../model/types.ts';
import { referenceOrName, retainOnDelete } from '../common.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, isUnknown, text, type ResourceReader } from '../read.ts';
import { readTemplatePolicy } from './support/policy-text.ts';
import { valueOf, type Node } from '../../parse/tree.ts';

/** The same expression, written the same way (`!Sub ${AppName}-${AWS::Region}`), wherever it sits in the file. */
function sameExpression(a: Node, b: Node): boolean {
  if (a.kind === 'scalar' || b.kind === 'scalar') return a.kind === 'scalar' && b.kind === 'scalar' && a.text === b.text;
  if (a.kind === 'seq' || b.kind === 'seq') return a.kind === 'seq' && b.kind === 'seq' && a.items.length === b.items.length && a.items.every((item, index) => sameExpression(item, b.items[index]!));
  return a.entries.length === b.entries.length && a.entries.every((entry, index) => entry.key === b.entries[index]!.key && sameExpression(entry.value, b.entries[index]!.value));
}

/** A bucket whose `BucketName` is the very expression a policy's `Bucket` is, when neither is known before deploying. */
function bucketNamedAlike(reader: ResourceReader): string | undefined {
  const policyBucket = reader.resource.properties ? valueOf(reader.resource.properties, 'Bucket') : undefined;
  if (policyBucket === undefined || policyBucket.kind === 'scalar') return undefined;
  for (const [id, resource] of reader.ctx.template.resources) {
    const name = resource.type === 'AWS::S3::Bucket' && resource.properties ? valueOf(resource.properties, 'BucketName') : undefined;
    if (name && sameExpression(name, policyBucket)) return id;
  }
  return undefined;
}

/** The first rule of `OwnershipControls` (S3 takes exactly one); absent points at where it would be written. */
function objectOwnership(reader: ResourceReader): Attr<string> {
  const controls = reader.get('OwnershipControls');
  const rules = reader.field(controls, 'Rules');
  if (isUnknown(controls) || isUnknown(rules)) return unknownAttr(controls.at, 'OwnershipControls');
  const [first] = reader.items(rules);
  return first ? text(reader.field(first, 'ObjectOwnership')) : absent(controls.at, 'OwnershipControls');
}

const s3: CfnMapper = {
  types: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
  kinds: ['aws.s3.bucket'],

  build(reader, base) {
    if (reader.resource.type !== 'AWS::S3::Bucket') return undefined;
    const block = reader.get('PublicAccessBlockConfiguration');
    const versioning = text(reader.get('VersioningConfiguration', 'Status'));
    const lifecycle = reader.get('LifecycleConfiguration', 'Rules');
    const logging = reader.get('LoggingConfiguration');
    const bucket: S3Bucket = {
      ...base,
      kind: 'aws.s3.bucket',
      bucketName: text(reader.get('BucketName')),
      publicAccessBlock: block.value === undefined ? absent(block.at, block.property) : known(true, block.at, block.property),
      blockPublicAcls: bool(reader.field(block, 'BlockPublicAcls')),
      ignorePublicAcls: bool(reader.field(block, 'IgnorePublicAcls')),
      blockPublicPolicy: bool(reader.field(block, 'BlockPublicPolicy')),
      restrictPublicBuckets: bool(reader.field(block, 'RestrictPublicBuckets')),
      acl: text(reader.get('AccessControl')),
      objectOwnership: objectOwnership(reader),
      versioning: versioning.state === 'known' ? known(versioning.value === 'Enabled', versioning.at) : versioning,
      lifecycleAt: reader.get('LifecycleConfiguration').at,
      lifecycleRules: reader.items(lifecycle).map((rule) => {
        const status = text(reader.field(rule, 'Status'));
        return {
          at: rule.at,
          enabled: status.state === 'known' ? known(status.value === 'Enabled', status.at) : status,
          expiresNoncurrentVersions: reader.field(rule, 'NoncurrentVersionExpiration').value !== undefined || reader.field(rule, 'NoncurrentVersionExpirationInDays').value !== undefined,
          transitionsNoncurrentVersions: reader.field(rule, 'NoncurrentVersionTransitions').value !== undefined || reader.field(rule, 'NoncurrentVersionTransition').value !== undefined,
          abortsIncompleteUploads: reader.field(rule, 'AbortIncompleteMultipartUpload').value !== undefined,
        };
      }),
      accessLogging: logging.value ? known(true, logging.at) : { state: 'absent', at: logging.at },
      isLogTarget: false,
      policies: [],
      retainOnDelete: retainOnDelete(reader),
      deletionControl: 'policy',
    };
    return bucket;
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::S3::Bucket') {
      const bucket = links.resource(reader.resource.logicalId);
      if (bucket?.kind === 'aws.s3.bucket' && bucket.acl.state === 'known' && bucket.acl.value === 'LogDeliveryWrite') bucket.isLogTarget = true;
      const destination = referenceOrName(reader, 'LoggingConfiguration', 'DestinationBucketName');
      const target = destination.id ? links.resource(destination.id) : undefined;
      if (target?.kind === 'aws.s3.bucket') target.isLogTarget = true;
      return;
    }
    if (reader.resource.type !== 'AWS::S3::BucketPolicy') return;
    const written = referenceOrName(reader, 'Bucket');
    const alike = written.id || written.name ? undefined : bucketNamedAlike(reader);
    const target = alike ? { id: alike } : written;
    const buckets = links.model.of('aws.s3.bucket');
    const bucket = target.id
      ? buckets.find((candidate) => candidate.name === target.id)
      : // A policy may name its bucket literally; match the name the bucket declares.
        buckets.find((candidate) => candidate.bucketName.state === 'known' && candidate.bucketName.value === target.name);
    const document = readTemplatePolicy(reader, reader.get('PolicyDocument'));
    if (bucket && document) bucket.policies.push(document);
  },
};
export default s3;
