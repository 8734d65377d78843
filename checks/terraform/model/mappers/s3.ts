/**
 * `aws_s3_bucket` and the resources that configure it separately since AWS provider 4: public access block, ACL,
 * versioning, logging, lifecycle and policy each belong to the bucket they name. The inline forms of provider 3
 * (`acl`, `versioning {}`, `logging {}`, `lifecycle_rule {}`, `policy`) are read too.
 */
import type { S3Bucket, S3LifecycleRule } from '../../../model/aws/storage.ts';
import { absent, known, type Attr } from '../../../model/types.ts';
import { bool, text } from '../../../read/convert.ts';
import type { Mapper } from '../../../read/build.ts';
import { readPolicyDocument } from '../../../read/policy.ts';
import { decodedJson, linkedResource, preventDestroy, targetOf } from '../common.ts';
import type { Cursor, TfReader } from '../reader.ts';

/** Terraform's canned ACL spellings, normalised to the names rules compare against (CloudFormation's). */
const cannedAcls: Record<string, string> = {
  private: 'Private',
  'public-read': 'PublicRead',
  'public-read-write': 'PublicReadWrite',
  'authenticated-read': 'AuthenticatedRead',
  'aws-exec-read': 'AwsExecRead',
  'bucket-owner-read': 'BucketOwnerRead',
  'bucket-owner-full-control': 'BucketOwnerFullControl',
  'log-delivery-write': 'LogDeliveryWrite',
};

function acl(cursor: Cursor): Attr<string> {
  const written = text(cursor);
  return written.state === 'known' ? known(cannedAcls[written.value] ?? written.value, written.at, written.property) : written;
}

/** `status = "Enabled"` (sub-resources) or `enabled = true` (inline, provider 3). */
function enabledStatus(cursor: Cursor): Attr<boolean> {
  const status = text(cursor);
  return status.state === 'known' ? known(status.value === 'Enabled' || status.value === 'true', status.at, status.property) : status;
}

function lifecycleRules(reader: TfReader, rules: Cursor[], statusKey: 'status' | 'enabled'): S3LifecycleRule[] {
  return rules.map((rule) => ({
    at: rule.at,
    enabled: enabledStatus(reader.field(rule, statusKey)),
    expiresNoncurrentVersions: reader.field(rule, 'noncurrent_version_expiration').value !== undefined,
    transitionsNoncurrentVersions: reader.field(rule, 'noncurrent_version_transition').value !== undefined,
  }));
}

const bucketOf = (reader: TfReader, links: { model: Parameters<typeof linkedResource>[0] }) =>
  linkedResource(links.model, 'aws.s3.bucket', targetOf(reader, 'bucket'), (bucket) => bucket.bucketName);

const s3: Mapper<TfReader> = {
  types: [
    'aws_s3_bucket',
    'aws_s3_bucket_public_access_block',
    'aws_s3_bucket_acl',
    'aws_s3_bucket_versioning',
    'aws_s3_bucket_logging',
    'aws_s3_bucket_lifecycle_configuration',
    'aws_s3_bucket_policy',
  ],
  kinds: ['aws.s3.bucket'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_s3_bucket') return undefined;
    const logging = reader.get('logging');
    const bucket: S3Bucket = {
      ...base,
      kind: 'aws.s3.bucket',
      bucketName: text(reader.get('bucket')),
      publicAccessBlockAt: reader.place,
      blockPublicAcls: absent(reader.place),
      ignorePublicAcls: absent(reader.place),
      blockPublicPolicy: absent(reader.place),
      restrictPublicBuckets: absent(reader.place),
      acl: acl(reader.get('acl')),
      versioning: enabledStatus(reader.get('versioning', 'enabled')),
      lifecycleAt: reader.place,
      lifecycleRules: lifecycleRules(reader, reader.blocks(reader.get('lifecycle_rule')), 'enabled'),
      accessLogging: logging.value !== undefined ? known(true, logging.at, logging.property) : absent(logging.at, logging.property),
      isLogTarget: false,
      policies: [],
      retainOnDelete: preventDestroy(reader),
    };
    const inlinePolicy = readPolicyDocument(reader, decodedJson(reader.get('policy')));
    if (inlinePolicy) bucket.policies.push(inlinePolicy);
    return bucket;
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'aws_s3_bucket') {
      const target = linkedResource(links.model, 'aws.s3.bucket', targetOf(reader, 'logging', 'target_bucket'), (bucket) => bucket.bucketName);
      if (target) target.isLogTarget = true;
      const bucket = links.resource(reader.resource.address);
      if (bucket?.kind === 'aws.s3.bucket' && bucket.acl.state === 'known' && bucket.acl.value === 'LogDeliveryWrite') bucket.isLogTarget = true;
      return;
    }
    const bucket = bucketOf(reader, links);
    if (!bucket) return;
    switch (type) {
      case 'aws_s3_bucket_public_access_block':
        bucket.publicAccessBlockAt = reader.place;
        bucket.blockPublicAcls = bool(reader.get('block_public_acls'));
        bucket.ignorePublicAcls = bool(reader.get('ignore_public_acls'));
        bucket.blockPublicPolicy = bool(reader.get('block_public_policy'));
        bucket.restrictPublicBuckets = bool(reader.get('restrict_public_buckets'));
        return;
      case 'aws_s3_bucket_acl': {
        bucket.acl = acl(reader.get('acl'));
        if (bucket.acl.state === 'known' && bucket.acl.value === 'LogDeliveryWrite') bucket.isLogTarget = true;
        return;
      }
      case 'aws_s3_bucket_versioning':
        bucket.versioning = enabledStatus(reader.get('versioning_configuration', 'status'));
        return;
      case 'aws_s3_bucket_logging': {
        bucket.accessLogging = known(true, reader.place);
        const target = linkedResource(links.model, 'aws.s3.bucket', targetOf(reader, 'target_bucket'), (candidate) => candidate.bucketName);
        if (target) target.isLogTarget = true;
        return;
      }
      case 'aws_s3_bucket_lifecycle_configuration':
        bucket.lifecycleAt = reader.place;
        bucket.lifecycleRules = lifecycleRules(reader, reader.blocks(reader.get('rule')), 'status');
        return;
      case 'aws_s3_bucket_policy': {
        const document = readPolicyDocument(reader, decodedJson(reader.get('policy')));
        if (document) bucket.policies.push(document);
        return;
      }
    }
  },
};
export default s3;
