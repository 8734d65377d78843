/** Builds the model of one scenario of a template: the shared two passes over the resources present in it. */
import type { Model } from '../model/model.ts';
import type { ResourceBase, Suppression } from '../model/types.ts';
import { buildInTwoPasses, MapperIndex } from '../read/build.ts';
import type { EvalContext } from './evaluate.ts';
import { cfnMappers } from './mappers/index.ts';
import { ResourceReader } from './read.ts';
import { addressOf, type CfnResource } from './template.ts';

const mappers = new MapperIndex(cfnMappers);

/** CloudFormation types that feed each model kind (for `plumbline rules` and the rule pages). */
export function cloudFormationTypesFor(kinds: readonly string[]): string[] {
  return mappers.typesFor(kinds);
}

export function buildModel(ctx: EvalContext, suppressionsOf: (resource: CfnResource) => Suppression[]): Model {
  const bases = new Map<string, ResourceBase>();
  const baseOf = (resource: CfnResource, reader: ResourceReader): ResourceBase => {
    let base = bases.get(resource.logicalId);
    if (!base) {
      base = {
        kind: 'unmodelled',
        name: resource.logicalId,
        sourceType: resource.type,
        address: addressOf(ctx.template, resource.type, resource.logicalId),
        at: reader.place,
        suppressions: suppressionsOf(resource),
      };
      bases.set(resource.logicalId, base);
    }
    return base;
  };
  const resourceOf = (logicalId: string) => {
    const resource = ctx.template.resources.get(logicalId);
    if (!resource) throw new Error(`no resource ${logicalId}`);
    return resource;
  };
  // A resource whose condition is false in this scenario does not exist in it.
  const present = [...ctx.template.resources.values()]
    .filter((resource) => !(resource.condition && ctx.conditions.get(resource.condition) === false))
    .map((resource) => ({ name: resource.logicalId, type: resource.type, resource, reader: () => new ResourceReader(ctx, resource) }));
  return buildInTwoPasses(
    present,
    mappers,
    (source, reader) => baseOf(source.resource, reader),
    (logicalId) => baseOf(resourceOf(logicalId), new ResourceReader(ctx, resourceOf(logicalId))),
    (logicalId) => {
      const resource = ctx.template.resources.get(logicalId);
      return resource ? new ResourceReader(ctx, resource) : undefined;
    },
  );
}
