/** S3, EBS, EFS and ECR: where data and images live. */
import type { Attr, KeepsData, Place, ResourceBase } from '../types.ts';
import type { PolicyDocument } from './iam.ts';

export interface S3LifecycleRule {
  at: Place;
  enabled: Attr<boolean>;
  expiresNoncurrentVersions: boolean;
  transitionsNoncurrentVersions: boolean;
  /** `AbortIncompleteMultipartUpload` is set: parts of uploads never completed are deleted. */
  abortsIncompleteUploads: boolean;
}

export interface S3Bucket extends ResourceBase, KeepsData {
  kind: 'aws.s3.bucket';
  bucketName: Attr<string>;
  /**
   * The bucket's own public access block is written (CloudFormation's `PublicAccessBlockConfiguration`,
   * Terraform's `aws_s3_bucket_public_access_block`); `at` is where it is, or would be, configured.
   */
  publicAccessBlock: Attr<boolean>;
  blockPublicAcls: Attr<boolean>;
  ignorePublicAcls: Attr<boolean>;
  blockPublicPolicy: Attr<boolean>;
  restrictPublicBuckets: Attr<boolean>;
  /** Canned ACL, e.g. `Private`, `PublicRead`. */
  acl: Attr<string>;
  /**
   * Object Ownership: `BucketOwnerEnforced` (ACLs disabled, the default for new buckets since April 2023),
   * `BucketOwnerPreferred` or `ObjectWriter` (ACLs in force). CloudFormation's `OwnershipControls`, Terraform's
   * `aws_s3_bucket_ownership_controls`.
   */
  objectOwnership: Attr<string>;
  /** `true` for Enabled, `false` for Suspended, absent when never configured. */
  versioning: Attr<boolean>;
  lifecycleAt: Place;
  lifecycleRules: S3LifecycleRule[];
  /** Server access logging configured. */
  accessLogging: Attr<boolean>;
  /** Receives other buckets' access logs (logging a log bucket to itself would loop). */
  isLogTarget: boolean;
  /** Bucket policies attached to this bucket (linked from their own resources). */
  policies: PolicyDocument[];
}

/** EBS settings, whether a standalone volume or a block device of an instance or launch template. */
export interface EbsSettings {
  at: Place;
  /** Device name of a block device, e.g. `/dev/xvda`, when known. */
  deviceName?: string;
  encrypted: Attr<boolean>;
  /** `gp2`, `gp3`, `io1`, `io2`, `st1`, `sc1`, `standard`. */
  volumeType: Attr<string>;
}

export interface EbsVolume extends ResourceBase, EbsSettings {
  kind: 'aws.ebs.volume';
  /** Attached to an instance in this stack; `undefined` when an attachment names it only through a computed value. */
  attached: boolean | undefined;
}

export interface EfsFileSystem extends ResourceBase, KeepsData {
  kind: 'aws.efs.file-system';
  encrypted: Attr<boolean>;
  /** `TransitionToIA` of the lifecycle policies, e.g. `AFTER_30_DAYS`; absent when files stay in Standard. */
  transitionToIa: Attr<string>;
  /** `TransitionToArchive`, e.g. `AFTER_90_DAYS`. */
  transitionToArchive: Attr<string>;
}

export interface EcrRepository extends ResourceBase {
  kind: 'aws.ecr.repository';
  /** The name the repository declares; absent when the service generates one. */
  repositoryName: Attr<string>;
  scanOnPush: Attr<boolean>;
  /** A registry-wide scanning rule in this stack scans the repository on push, whatever its own setting says. */
  scannedByRegistryRule: boolean;
  /** `MUTABLE` or `IMMUTABLE` (and the `_WITH_EXCLUSION` variants). */
  tagMutability: Attr<string>;
  lifecyclePolicy: Attr<boolean>;
}
