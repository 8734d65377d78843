/**
 * The positioned document tree every parser produces: maps, sequences and scalars with source offsets.
 * YAML short-form tags (`!Ref x`) become the same one-key maps as their JSON long form (`{"Ref": "x"}`),
 * so nothing after parsing knows or cares which syntax a template used.
 */

interface NodeBase {
  /** Offset of the first character of the node in its file. */
  start: number;
  /** Offset just past the node. */
  end: number;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  /** The value with YAML core-schema typing applied (plain `true` is a boolean, `"true"` a string). */
  value: string | number | boolean | null;
  /** The decoded text, before typing: `1.10` stays `1.10` here. */
  text: string;
}

export interface MapEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: Node;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  entries: MapEntry[];
  /** Set on maps made from a YAML short-form tag such as `!Sub`. */
  fromTag?: boolean;
  /** Key lookup index, built on first lookup of a large map. */
  index?: Map<string, MapEntry>;
}

export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: Node[];
}

export type Node = ScalarNode | MapNode | SeqNode;

export function entryOf(map: MapNode, key: string): MapEntry | undefined {
  if (map.entries.length <= 8) {
    for (const entry of map.entries) if (entry.key === key) return entry;
    return undefined;
  }
  if (!map.index) {
    map.index = new Map();
    for (const entry of map.entries) map.index.set(entry.key, entry);
  }
  return map.index.get(key);
}

export function valueOf(map: MapNode, key: string): Node | undefined {
  return entryOf(map, key)?.value;
}

export function scalarText(node: Node | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? node.text : undefined;
}

/** Nodes reachable from `root`, counting shared (aliased) subtrees every time they are reached; stops at `limit`. */
export function expandedSize(root: Node, limit: number): number {
  const memo = new Map<Node, number>();
  const size = (node: Node): number => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    let total = 1;
    if (node.kind === 'map') for (const entry of node.entries) total += size(entry.value) + 1;
    else if (node.kind === 'seq') for (const item of node.items) total += size(item);
    total = Math.min(total, limit);
    memo.set(node, total);
    return total;
  };
  return size(root);
}
