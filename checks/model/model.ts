/** A checked stack's resources, indexed by kind. */
import type { AnyResource, ResourceKind, ResourceKinds } from './kinds.ts';

export class Model {
  readonly resources: AnyResource[] = [];
  private readonly byKind = new Map<ResourceKind, AnyResource[]>();

  add(resource: AnyResource): void {
    this.resources.push(resource);
    const list = this.byKind.get(resource.kind as ResourceKind);
    if (list) list.push(resource);
    else this.byKind.set(resource.kind as ResourceKind, [resource]);
  }

  of<K extends ResourceKind>(kind: K): ResourceKinds[K][] {
    return (this.byKind.get(kind) ?? []) as ResourceKinds[K][];
  }
}
