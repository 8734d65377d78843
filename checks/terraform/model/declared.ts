/**
 * Every managed resource of a Terraform project with the others it names, for the report's architecture picture:
 * per top-level argument, what `mentionsIn` finds (evaluated references, and resources named inside templates
 * known only at apply). `depends_on` is a meta-argument the evaluated body does not keep, so every link is a value.
 */
import type { DeclaredResource, ResourceReference } from '../../formats/format.ts';
import type { TfResource } from '../project/resource.ts';
import { TfReader } from './reader.ts';
import { mentionMatches, mentionsIn } from './references.ts';

export function declaredTerraformResources(resources: readonly TfResource[]): DeclaredResource[] {
  const managed = resources.filter((resource) => resource.mode === 'managed');
  const byBase = new Map<string, string[]>();
  for (const { address } of managed) {
    const base = address.replace(/\[[^\]]*\]$/, '');
    byBase.set(base, [...(byBase.get(base) ?? []), address]);
  }
  return managed.map((resource) => {
    const reader = new TfReader(resource);
    const found = new Map<string, ResourceReference>();
    const keys = resource.body.kind === 'map' ? [...resource.body.entries.keys()] : [];
    for (const property of keys)
      for (const mention of mentionsIn(reader, reader.get(property))) {
        const candidates = byBase.get(mention.address.replace(/\[[^\]]*\]$/, '')) ?? [];
        for (const to of candidates) if (to !== resource.address && !found.has(to) && mentionMatches(mention, to)) found.set(to, { to, kind: 'value', property });
      }
    return {
      name: resource.address,
      sourceType: resource.type,
      address: resource.address,
      at: { file: resource.file, start: resource.start, end: resource.headerEnd, pointer: resource.address },
      references: [...found.values()],
    };
  });
}
