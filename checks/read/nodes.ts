/**
 * The shared cursor over a plain parsed YAML/JSON tree, for formats whose values are written out rather than
 * computed (Kubernetes manifests, Compose files): scalars are their text, `null` is "not written".
 */
import type { Node } from '../parse/tree.ts';
import { entryOf } from '../parse/tree.ts';
import type { Place } from '../model/types.ts';
import type { SourceFile } from '../source/file.ts';
import { Reader, type Cursor } from './cursor.ts';
import type { ValueTree } from './tree.ts';

const written = (node: Node | undefined): Node | undefined => (node?.kind === 'scalar' && node.value === null ? undefined : node);

export const nodeTree: ValueTree<Node> = {
  shape: (node) => (node.kind === 'scalar' ? 'scalar' : node.kind),
  span: (node) => ({ start: node.start, end: node.end }),
  entry(map, key) {
    if (map.kind !== 'map') return undefined;
    const entry = entryOf(map, key);
    return entry && { key, keyStart: entry.keyStart, end: entry.value.end, value: written(entry.value) };
  },
  keys: (map) => (map.kind === 'map' ? map.entries.map((entry) => entry.key) : []),
  items: (seq) => (seq.kind === 'seq' ? seq.items : []),
  text: (node) => (node.kind === 'scalar' && node.value !== null ? node.text : undefined),
  reference: () => undefined,
};

/** A cursor on `node`, pointed at by `pointer`. */
export function nodeCursor(file: SourceFile, node: Node, pointer: string, tree: ValueTree<Node> = nodeTree): Cursor<Node> {
  return { value: node, at: { file, start: node.start, end: node.end, pointer }, tree };
}

/** A reader whose properties are `node` itself, declared at `place`. */
export function nodeReader(file: SourceFile, node: Node, pointer: string, place: Place, tree: ValueTree<Node> = nodeTree): Reader<Node> {
  return new Reader(tree, place, nodeCursor(file, node, pointer, tree));
}
