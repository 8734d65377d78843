/**
 * CloudFormation's side of the shared reading machinery (`checks/read/`): how its lazily resolved intrinsic
 * functions look to the cursor, and the reader of one resource's `Properties` and attributes.
 */
import type { Place } from '../model/types.ts';
import { entryOf, type Node } from '../parse/tree.ts';
import { escapePointer, Reader, type Cursor as SharedCursor } from '../read/cursor.ts';
import type { ValueTree } from '../read/tree.ts';
import { evaluate, knownText, type EvalContext, type Resolved } from './evaluate.ts';
import type { CfnResource } from './template.ts';

export { bool, isUnknown, lowerCased, number, referencedResource, text, textList, upperCased } from '../read/convert.ts';

export type Cursor = SharedCursor<Resolved>;

const trees = new WeakMap<EvalContext, ValueTree<Resolved>>();

/** Resolved values seen through the shared interface; map entries are evaluated only when a mapper reads them. */
function treeOf(ctx: EvalContext): ValueTree<Resolved> {
  let tree = trees.get(ctx);
  if (tree) return tree;
  tree = {
    shape: (value) => (value.kind === 'absent' ? 'unknown' : value.kind),
    span: (value) => ({ start: value.node.start, end: value.node.end }),
    entry(map, key) {
      if (map.kind !== 'map') return undefined;
      const entry = entryOf(map.node, key);
      if (!entry) return undefined;
      const resolved = evaluate(entry.value, ctx);
      return { key, keyStart: entry.keyStart, end: entry.value.end, value: resolved.kind === 'absent' ? undefined : resolved };
    },
    keys: (map) => (map.kind === 'map' ? map.node.entries.map((entry) => entry.key) : []),
    items: (seq) => (seq.kind === 'seq' ? seq.items : []),
    text: (value) => knownText(value),
    reference: (value) => (value.kind === 'ref' ? value.resource : undefined),
    fromDefault: (value) => (value.kind === 'scalar' ? value.fromDefault : undefined),
  };
  trees.set(ctx, tree);
  return tree;
}

export class ResourceReader extends Reader<Resolved> {
  readonly ctx: EvalContext;
  readonly resource: CfnResource;

  constructor(ctx: EvalContext, resource: CfnResource) {
    const tree = treeOf(ctx);
    const entry = resource.entry;
    const place: Place = { file: ctx.template.file, start: entry.keyStart, end: entry.keyEnd, pointer: `/Resources/${escapePointer(entry.key)}` };
    const propertiesEntry = entry.value.kind === 'map' ? entryOf(entry.value, 'Properties') : undefined;
    const properties: Cursor = propertiesEntry
      ? {
          value: evaluate(propertiesEntry.value, ctx),
          at: { file: place.file, start: propertiesEntry.keyStart, end: propertiesEntry.value.end, pointer: `${place.pointer}/Properties` },
          tree,
        }
      : { value: undefined, at: { ...place, pointer: `${place.pointer}/Properties` }, tree };
    super(tree, place, properties);
    this.ctx = ctx;
    this.resource = resource;
  }

  /** Resolve a node that is not a property (a resource attribute such as `DeletionPolicy`). */
  attribute(node: Node | undefined, name: string): Cursor {
    const at = { ...this.place, pointer: `${this.place.pointer}/${name}` };
    if (!node) return { value: undefined, at, property: name, tree: this.tree };
    const resolved = evaluate(node, this.ctx);
    if (resolved.kind === 'absent') return { value: undefined, at, property: name, tree: this.tree };
    return { value: resolved, at: { ...at, start: node.start, end: node.end }, property: name, tree: this.tree };
  }
}
