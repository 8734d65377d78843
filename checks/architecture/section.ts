/** The report's `architecture` section: each checked file's declared resources as nodes, their references as edges. */
import type { DeclaredResource } from '../formats/format.ts';
import type { Architecture, ArchitectureEdge } from '../report/schema.ts';
import { positionAt } from '../source/file.ts';
import { groupOf } from './groups.ts';

/** A node's id: the file and the address, as findings name them too. */
export const architectureNodeId = (file: string, address: string) => `${file}#${address}`;

/**
 * One file's part of the picture. `kinds` gives the model kind built for an address in any scenario; the rest
 * are `unmodelled`, drawn all the same so the picture shows the whole stack, not just what rules read.
 */
export function fileArchitecture(declared: readonly DeclaredResource[], kinds: ReadonlyMap<string, string>): Architecture {
  const byName = new Map(declared.map((resource) => [resource.name, resource]));
  const idOf = (resource: DeclaredResource) => architectureNodeId(resource.at.file.path, resource.address);
  const nodes = declared.map((resource) => {
    const kind = kinds.get(resource.address) ?? 'unmodelled';
    return {
      id: idOf(resource),
      address: resource.address,
      name: resource.name,
      type: resource.sourceType,
      kind,
      group: groupOf(kind, resource.sourceType),
      file: resource.at.file.path,
      line: positionAt(resource.at.file, resource.at.start).line,
    };
  });
  const edges = declared.flatMap((resource) =>
    resource.references.flatMap((reference): ArchitectureEdge[] => {
      const target = byName.get(reference.to);
      if (!target) return [];
      const edge: ArchitectureEdge = { from: idOf(resource), to: idOf(target), kind: reference.kind };
      if (reference.property !== undefined) edge.property = reference.property;
      return [edge];
    }),
  );
  return { nodes, edges };
}

/** The files' parts as one section; none when no file was checked. */
export function joinArchitectures(parts: readonly Architecture[]): Architecture | undefined {
  if (parts.length === 0) return undefined;
  return { nodes: parts.flatMap((part) => part.nodes), edges: parts.flatMap((part) => part.edges) };
}
