/**
 * The two-pass build every format shares: each resource's mappers build model resources first, then, once every
 * resource exists, each mapper links what spans resources (policies to buckets, rules to groups, alarms to targets).
 * Formats differ only in how they list resources and make readers; the order of the passes is the same.
 */
import type { AnyResource, ResourceKind } from '../model/aws/index.ts';
import { Model } from '../model/model.ts';
import type { ResourceBase } from '../model/types.ts';

export interface Links<R = unknown> {
  model: Model;
  /** A reader of any resource in the source by name, for settings a linked resource holds (a parameter group's values). */
  reader(name: string): R | undefined;
  /** The model resource built from a source name (logical id, Terraform address), if any. */
  resource(name: string): AnyResource | undefined;
  /** Identity and suppressions of any resource in the source, for findings on resources that only link. */
  base(name: string): ResourceBase;
  /** The name of every resource present, with a mapper or not, for values any resource may pass on (an address). */
  names(): readonly string[];
}

/** The contract between one format's resource types and the model: one mapper per service area. */
export interface Mapper<R> {
  /** Source types this mapper reads, e.g. `AWS::S3::Bucket` or `aws_s3_bucket_versioning`. */
  types: readonly string[];
  /** Model kinds it produces or enriches; rules list the source types they read through this. */
  kinds: readonly ResourceKind[];
  /** First pass: turn one resource into a model resource. */
  build?(reader: R, base: ResourceBase): AnyResource | undefined;
  /** Second pass, once every resource is built: attach cross-resource facts (policies, rules, links). */
  link?(reader: R, links: Links<R>): void;
}

/** One format's mappers, indexed by the source types they read. */
export class MapperIndex<R> {
  private readonly byType = new Map<string, Mapper<R>[]>();
  readonly mappers: readonly Mapper<R>[];
  constructor(mappers: readonly Mapper<R>[]) {
    this.mappers = mappers;
    for (const mapper of mappers) for (const type of mapper.types) this.byType.set(type, [...(this.byType.get(type) ?? []), mapper]);
  }

  of(type: string): Mapper<R>[] | undefined {
    return this.byType.get(type);
  }

  /** Source types that feed the given model kinds (for `plumbline rules` and the rule pages). */
  typesFor(kinds: readonly string[]): string[] {
    return [...new Set(this.mappers.filter((mapper) => mapper.kinds.some((kind) => kinds.includes(kind))).flatMap((mapper) => mapper.types))].sort();
  }
}

export interface SourceResource<R> {
  name: string;
  type: string;
  reader(): R;
}

/**
 * Builds a model from the resources present in one scenario. `baseOf` gives each resource's identity (kept by the
 * caller so the same base object is shared by both passes and by `Links.base`).
 */
export function buildInTwoPasses<R, S extends SourceResource<R>>(
  resources: Iterable<S>,
  index: MapperIndex<R>,
  baseOf: (resource: S, reader: R) => ResourceBase,
  baseByName: (name: string) => ResourceBase,
  readerByName: (name: string) => R | undefined,
): Model {
  const model = new Model();
  const built = new Map<string, AnyResource>();
  const present: { reader: R; mappers: Mapper<R>[] }[] = [];
  const names: string[] = [];
  for (const resource of resources) {
    names.push(resource.name);
    const mappers = index.of(resource.type);
    if (!mappers) continue;
    const reader = resource.reader();
    present.push({ reader, mappers });
    for (const mapper of mappers) {
      const result = mapper.build?.(reader, baseOf(resource, reader));
      if (result) {
        model.add(result);
        built.set(resource.name, result);
      }
    }
  }
  const links: Links<R> = { model, resource: (name) => built.get(name), base: baseByName, reader: readerByName, names: () => names };
  for (const { reader, mappers } of present) for (const mapper of mappers) mapper.link?.(reader, links);
  return model;
}
