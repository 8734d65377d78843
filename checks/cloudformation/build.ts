/** Builds the model of one scenario of a template: every mapper's first pass, then every link. */
import type { AnyResource } from '../model/aws/index.ts';
import { Model } from '../model/model.ts';
import type { ResourceBase, Suppression } from '../model/types.ts';
import type { EvalContext } from './evaluate.ts';
import type { CfnMapper, Links } from './mapper.ts';
import { cfnMappers } from './mappers/index.ts';
import { ResourceReader } from './read.ts';
import type { CfnResource } from './template.ts';

const mappersByType = new Map<string, CfnMapper[]>();
for (const mapper of cfnMappers)
  for (const type of mapper.types) mappersByType.set(type, [...(mappersByType.get(type) ?? []), mapper]);

/** CloudFormation types that feed each model kind (for `plumbline rules` and the rule pages). */
export function cloudFormationTypesFor(kinds: readonly string[]): string[] {
  return [...new Set(cfnMappers.filter((mapper) => mapper.kinds.some((kind) => kinds.includes(kind))).flatMap((mapper) => mapper.types))].sort();
}

export function buildModel(ctx: EvalContext, suppressionsOf: (resource: CfnResource) => Suppression[]): Model {
  const model = new Model();
  const built = new Map<string, AnyResource>();
  const bases = new Map<string, ResourceBase>();
  const present: { resource: CfnResource; reader: ResourceReader; mappers: CfnMapper[] }[] = [];

  const baseOf = (resource: CfnResource, reader: ResourceReader): ResourceBase => {
    let base = bases.get(resource.logicalId);
    if (!base) {
      base = {
        kind: 'unmodelled',
        name: resource.logicalId,
        sourceType: resource.type,
        address: `${resource.type}.${resource.logicalId}`,
        at: reader.place,
        suppressions: suppressionsOf(resource),
      };
      bases.set(resource.logicalId, base);
    }
    return base;
  };

  for (const resource of ctx.template.resources.values()) {
    // A resource whose condition is false in this scenario does not exist in it.
    if (resource.condition && ctx.conditions.get(resource.condition) === false) continue;
    const mappers = mappersByType.get(resource.type);
    if (!mappers) continue;
    const reader = new ResourceReader(ctx, resource);
    present.push({ resource, reader, mappers });
    for (const mapper of mappers) {
      const result = mapper.build?.(reader, baseOf(resource, reader));
      if (result) {
        model.add(result);
        built.set(resource.logicalId, result);
      }
    }
  }

  const links: Links = {
    model,
    resource: (logicalId) => built.get(logicalId),
    base: (logicalId) => {
      const resource = ctx.template.resources.get(logicalId);
      if (!resource) throw new Error(`no resource ${logicalId}`);
      return baseOf(resource, new ResourceReader(ctx, resource));
    },
  };
  for (const { reader, mappers } of present) for (const mapper of mappers) mapper.link?.(reader, links);
  return model;
}
