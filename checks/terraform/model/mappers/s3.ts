/**
 * `aws_s3_bucket` and the resources that configure it separately since AWS provider 4: public access block, ACL,
 * ownership controls, versioning, logging, lifecycle and policy each belong to the bucket they name. The inline forms of provider 3
 * (`acl`, `versioning {}`, `logging {}`, `lifecycle_rule {}`, `policy`) are read too, and so is the account-wide
 * `aws_s3_account_public_access_block`, which covers every bucket.
 */
import type { S3Bucket, S3LifecycleRule } from '../../../model/aws/storage.ts';
import { absent, isKnown, known, unknownAttr, type Attr } from '../../../model/types.ts';
import { bool, isUnknown, text } from '../../../read/convert.ts';
import type { Mapper } from '../../../read/build.ts';
import { linkedResource, preventDestroy, targetOf } from '../common.ts';
import { policyDocumentOf } from '../policy-documents.ts';
import type { Cursor, TfReader } from '../reader.ts';

/** Terraform's canned ACL spellings, normalised to the names rules compare against (CloudFormation's); messages keep Terraform's. */
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
  if (written.state !== 'known') return written;
  return { ...known(cannedAcls[written.value] ?? written.value, written.at, written.property), written: written.value };
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
    // `abort_incomplete_multipart_upload` (configuration resource) or `abort_incomplete_multipart_upload_days` (inline rule).
    abortsIncompleteUploads: reader.field(rule, 'abort_incomplete_multipart_upload').value !== undefined || reader.field(rule, 'abort_incomplete_multipart_upload_days').value !== undefined,
  }));
}

const publicAccessBlockType = 'aws_s3_bucket_public_access_block';

const blockSettings = {
  blockPublicAcls: 'block_public_acls',
  ignorePublicAcls: 'ignore_public_acls',
  blockPublicPolicy: 'block_public_policy',
  restrictPublicBuckets: 'restrict_public_buckets',
} as const;

/**
 * S3 applies the stricter of the account's and the bucket's public access block, whichever resource is read
 * first: a known `true` from either holds, one not known before apply leaves the setting open, and only the
 * bucket's own block can say `false`.
 */
function applyBlock(bucket: S3Bucket, reader: TfReader, accountWide: boolean): void {
  for (const [setting, property] of Object.entries(blockSettings) as [keyof typeof blockSettings, string][]) {
    const current = bucket[setting];
    const next = bool(reader.get(property));
    if (isKnown(current, true)) continue;
    if (isKnown(next, true) || next.state === 'unknown') bucket[setting] = next;
    else if (!accountWide && current.state !== 'unknown') bucket[setting] = next;
  }
}

/**
 * A sub-resource whose bucket is known only at apply time (a variable, `for_each` over values not known yet) may
 * configure any bucket: what it sets becomes open on every bucket that leaves it unset, rather than raise an alarm.
 */
function leaveOpen(bucket: S3Bucket, reader: TfReader): void {
  const open = <T>(attr: Attr<T>): Attr<T> => (attr.state === 'absent' ? unknownAttr(attr.at, attr.property) : attr);
  switch (reader.resource.type) {
    case publicAccessBlockType:
      for (const setting of Object.keys(blockSettings) as (keyof typeof blockSettings)[]) bucket[setting] = open(bucket[setting]);
      return;
    case 'aws_s3_bucket_acl':
      bucket.acl = open(bucket.acl);
      return;
    case 'aws_s3_bucket_ownership_controls':
      bucket.objectOwnership = open(bucket.objectOwnership);
      return;
    case 'aws_s3_bucket_versioning':
      bucket.versioning = open(bucket.versioning);
      return;
    case 'aws_s3_bucket_logging':
      bucket.accessLogging = open(bucket.accessLogging);
      return;
    case 'aws_s3_bucket_lifecycle_configuration':
      // A rule whose status is not known: the bucket may have lifecycle rules, and whether they expire old versions is not known.
      if (bucket.lifecycleRules.length === 0)
        bucket.lifecycleRules.push({ at: reader.place, enabled: unknownAttr(reader.place), expiresNoncurrentVersions: false, transitionsNoncurrentVersions: false, abortsIncompleteUploads: false });
      return;
    case 'aws_s3_bucket_policy':
      bucket.policies.push({ at: reader.place, statements: [], unreadable: true });
      return;
  }
}

const bucketOf = (reader: TfReader, links: { model: Parameters<typeof linkedResource>[0] }) => linkedResource(links.model, 'aws.s3.bucket', targetOf(reader, 'bucket'), (bucket) => bucket.bucketName);

const s3: Mapper<TfReader> = {
  types: [
    'aws_s3_bucket',
    'aws_s3_bucket_public_access_block',
    'aws_s3_bucket_acl',
    'aws_s3_bucket_ownership_controls',
    'aws_s3_bucket_versioning',
    'aws_s3_bucket_logging',
    'aws_s3_bucket_lifecycle_configuration',
    'aws_s3_bucket_policy',
    'aws_s3_account_public_access_block',
  ],
  kinds: ['aws.s3.bucket'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_s3_bucket') return undefined;
    const logging = reader.get('logging');
    const bucket: S3Bucket = {
      ...base,
      kind: 'aws.s3.bucket',
      bucketName: text(reader.get('bucket')),
      // Configured by a resource of its own since provider 4: a finding names it, and its arguments.
      publicAccessBlock: absent(reader.place, publicAccessBlockType),
      blockPublicAcls: absent(reader.place, blockSettings.blockPublicAcls),
      ignorePublicAcls: absent(reader.place, blockSettings.ignorePublicAcls),
      blockPublicPolicy: absent(reader.place, blockSettings.blockPublicPolicy),
      restrictPublicBuckets: absent(reader.place, blockSettings.restrictPublicBuckets),
      acl: acl(reader.get('acl')),
      objectOwnership: absent(reader.place, 'aws_s3_bucket_ownership_controls'),
      versioning: enabledStatus(reader.get('versioning', 'enabled')),
      lifecycleAt: reader.place,
      lifecycleRules: lifecycleRules(reader, reader.blocks(reader.get('lifecycle_rule')), 'enabled'),
      // The inline `logging` block is deprecated since provider 4: a bucket without logging is told of the resource.
      accessLogging: logging.value !== undefined ? known(true, logging.at, logging.property) : absent(logging.at, 'aws_s3_bucket_logging'),
      isLogTarget: false,
      policies: [],
      retainOnDelete: preventDestroy(reader),
      deletionControl: 'guard',
    };
    return bucket;
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'aws_s3_bucket') {
      const target = linkedResource(links.model, 'aws.s3.bucket', targetOf(reader, 'logging', 'target_bucket'), (bucket) => bucket.bucketName);
      if (target) target.isLogTarget = true;
      const bucket = links.resource(reader.resource.address);
      if (bucket?.kind !== 'aws.s3.bucket') return;
      if (bucket.acl.state === 'known' && bucket.acl.value === 'LogDeliveryWrite') bucket.isLogTarget = true;
      const inlinePolicy = policyDocumentOf(reader, reader.get('policy'), links);
      if (inlinePolicy) bucket.policies.push(inlinePolicy);
      return;
    }
    if (type === 'aws_s3_account_public_access_block') {
      for (const bucket of links.model.of('aws.s3.bucket')) applyBlock(bucket, reader, true);
      return;
    }
    const bucket = bucketOf(reader, links);
    if (!bucket) {
      if (isUnknown(reader.get('bucket'))) for (const candidate of links.model.of('aws.s3.bucket')) leaveOpen(candidate, reader);
      return;
    }
    switch (type) {
      case publicAccessBlockType:
        bucket.publicAccessBlock = known(true, reader.place, publicAccessBlockType);
        applyBlock(bucket, reader, false);
        return;
      case 'aws_s3_bucket_acl': {
        bucket.acl = acl(reader.get('acl'));
        if (bucket.acl.state === 'known' && bucket.acl.value === 'LogDeliveryWrite') bucket.isLogTarget = true;
        return;
      }
      case 'aws_s3_bucket_ownership_controls': {
        const rule = reader.get('rule');
        bucket.objectOwnership = isUnknown(rule) ? unknownAttr(reader.place, 'aws_s3_bucket_ownership_controls') : text(reader.field(rule, 'object_ownership'));
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
        const document = policyDocumentOf(reader, reader.get('policy'), links);
        if (document) bucket.policies.push(document);
        return;
      }
    }
  },
};
export default s3;
