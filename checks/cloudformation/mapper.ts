/** The contract between CloudFormation resource types and the model: one mapper per service area. */
import type { AnyResource, ResourceKind } from '../model/aws/index.ts';
import type { Model } from '../model/model.ts';
import type { ResourceBase } from '../model/types.ts';
import type { ResourceReader } from './read.ts';

export interface Links {
  model: Model;
  /** The model resource built from a logical id, if any. */
  resource(logicalId: string): AnyResource | undefined;
  /** Identity and suppressions of any resource in the template, for findings on resources that only link. */
  base(logicalId: string): ResourceBase;
}

export interface CfnMapper {
  /** CloudFormation types this mapper reads, e.g. `AWS::S3::Bucket`, `AWS::S3::BucketPolicy`. */
  types: readonly string[];
  /** Model kinds it produces or enriches; rules list the source types they read through this. */
  kinds: readonly ResourceKind[];
  /** First pass: turn one resource into a model resource. */
  build?(reader: ResourceReader, base: ResourceBase): AnyResource | undefined;
  /** Second pass, once every resource is built: attach cross-resource facts (policies, rules, links). */
  link?(reader: ResourceReader, links: Links): void;
}
