/** Builds the model of a Terraform project: the shared two passes over its managed resources, by full address. */
import type { Model } from '../../model/model.ts';
import type { ResourceBase, Suppression } from '../../model/types.ts';
import { buildInTwoPasses, MapperIndex } from '../../read/build.ts';
import type { TfResource } from '../index.ts';
import { terraformMappers } from './mappers/index.ts';
import { TfReader } from './reader.ts';

const mappers = new MapperIndex(terraformMappers);

/** Terraform types that feed each model kind (for `plumbline rules` and the rule pages). */
export function terraformTypesFor(kinds: readonly string[]): string[] {
  return mappers.typesFor(kinds);
}

/** The name findings use for a resource: the address without module path and type (`logs`, `private["a"]`). */
function nameOf(resource: TfResource): string {
  const prefix = `${resource.type}.`;
  const at = resource.address.lastIndexOf(prefix);
  return at === -1 ? resource.name : resource.address.slice(at + prefix.length);
}

export function buildTerraformModel(resources: readonly TfResource[], suppressionsOf: (resource: TfResource) => Suppression[]): Model {
  const managed = resources.filter((resource) => resource.mode === 'managed');
  const byAddress = new Map(managed.map((resource) => [resource.address, resource]));
  const dataByAddress = new Map(resources.filter((resource) => resource.mode === 'data').map((resource) => [resource.address, resource]));
  const bases = new Map<string, ResourceBase>();
  const baseOf = (resource: TfResource): ResourceBase => {
    let base = bases.get(resource.address);
    if (!base) {
      base = {
        kind: 'unmodelled',
        name: nameOf(resource),
        sourceType: resource.type,
        address: resource.address,
        at: { file: resource.file, start: resource.start, end: resource.headerEnd, pointer: resource.address },
        suppressions: suppressionsOf(resource),
      };
      bases.set(resource.address, base);
    }
    return base;
  };
  return buildInTwoPasses(
    managed.map((resource) => ({ name: resource.address, type: resource.type, resource, reader: () => new TfReader(resource) })),
    mappers,
    (source) => baseOf(source.resource),
    (address) => {
      const resource = byAddress.get(address);
      if (!resource) throw new Error(`no resource ${address}`);
      return baseOf(resource);
    },
    (address) => {
      const resource = byAddress.get(address) ?? dataByAddress.get(address);
      return resource ? new TfReader(resource) : undefined;
    },
  );
}
