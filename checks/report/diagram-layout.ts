/**
 * Where the architecture diagram puts things: one band per group and its boxes on the grid (`diagram-grid.ts`
 * routes the links between them). Pure geometry; `diagram.ts` draws it and the report page lists the same boxes
 * as text.
 *
 * Bands are rows, named on the left, for most stacks; a small stack (a handful of boxes in at most five bands)
 * gets its bands as columns, named on top, so five resources do not make a tall thin strip.
 *
 * Readable at 150 resources as at 5: a band holds at most `maxColumns × maxRowsPerBand` boxes; past that, the
 * largest sets of one type become one box with a count, and what still does not fit becomes one "more" box.
 */
import { architectureNodeId } from '../architecture/section.ts';
import { severityOrder, type Severity } from '../vocabulary.ts';
import type { SeverityCounts } from './diagram-text.ts';
import { geometry, gridAt, pitchX, pitchY, route, type Grid, type Link } from './diagram-grid.ts';
import { ArchitectureGroup, type Architecture, type ArchitectureEdge, type ArchitectureNode, type Finding } from './schema.ts';

export { geometry } from './diagram-grid.ts';

/** One box: a resource, every resource of one type in its band (`type`), or a band's leftovers (`mixed`). */
export interface DiagramNode {
  /** Unique in the diagram and safe in an HTML id: `n0`, `n1`, … */
  key: string;
  shape: 'single' | 'type' | 'mixed';
  group: ArchitectureGroup;
  members: ArchitectureNode[];
  /** Active (unsuppressed) findings on the members, worst first, then by file and line. */
  findings: Finding[];
  counts: SeverityCounts;
  worst: Severity | undefined;
  /** Whether any member is read by a rule; boxes no rule reads are drawn dashed. */
  checked: boolean;
  row: number;
  column: number;
  x: number;
  y: number;
}

export interface DiagramBand {
  group: ArchitectureGroup;
  nodes: DiagramNode[];
  /** Resources in the band, counting every member of a collapsed box. */
  resources: number;
  /** The band's area. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where its name starts, and how wide the name may be. */
  label: { x: number; y: number; width: number };
}

export interface DiagramEdge {
  from: DiagramNode;
  to: DiagramNode;
  kind: ArchitectureEdge['kind'];
  /** The corners of the route, from the edge of `from` to the edge of `to`. */
  points: [number, number][];
}

export interface DiagramLayout {
  orientation: Orientation;
  width: number;
  height: number;
  bands: DiagramBand[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  resources: number;
  /** Links between resources before collapsing: what the architecture holds, not what is drawn. */
  links: number;
}

export type Orientation = 'rows' | 'columns';

const severityRank = (severity: Severity | undefined) => (severity === undefined ? severityOrder.length : severityOrder.indexOf(severity));

export function layoutDiagram(architecture: Architecture, findings: readonly Finding[]): DiagramLayout {
  const findingsOf = findingsByNode(findings);
  let nextKey = 0;
  const makeNode = (shape: DiagramNode['shape'], group: ArchitectureGroup, members: ArchitectureNode[]): DiagramNode => {
    const ofMembers = members.flatMap((member) => findingsOf.get(member.id) ?? []);
    ofMembers.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    const counts: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const finding of ofMembers) counts[finding.severity]++;
    const checked = members.some((member) => member.kind !== 'unmodelled');
    return { key: `n${nextKey++}`, shape, group, members, findings: ofMembers, counts, worst: ofMembers[0]?.severity, checked, row: 0, column: 0, x: 0, y: 0 };
  };

  const perBand = geometry.maxColumns * geometry.maxRowsPerBand;
  const bands = ArchitectureGroup.options.flatMap((group): DiagramBand[] => {
    const members = architecture.nodes.filter((node) => node.group === group);
    if (members.length === 0) return [];
    return [{ group, nodes: collapse(members, perBand, group, makeNode), resources: members.length, x: 0, y: 0, width: 0, height: 0, label: { x: 0, y: 0, width: 0 } }];
  });
  const nodes = bands.flatMap((band) => band.nodes);
  const boxOf = new Map(nodes.flatMap((node) => node.members.map((member) => [member.id, node] as const)));
  const links = drawnLinks(architecture.edges, boxOf);

  const sizes = bands.map((band) => band.nodes.length);
  const columns = Math.min(geometry.maxColumns, Math.max(1, ...sizes));
  const rowsHeight = sizes.reduce((sum, size) => sum + Math.ceil(size / columns), 0) * pitchY;
  const columnsHeight = geometry.labelHeight + Math.max(0, ...sizes) * pitchY;
  const orientation: Orientation = bands.length <= 5 && Math.max(0, ...sizes) <= 4 && columnsHeight < rowsHeight ? 'columns' : 'rows';
  const grid = orientation === 'rows' ? gridAt(geometry.labelWidth, 0) : gridAt(0, geometry.labelHeight);
  const size = orientation === 'rows' ? placeInRows(bands, columns, links, grid) : placeInColumns(bands, links, grid);
  return {
    orientation,
    width: grid.left + geometry.gapX + size.columns * pitchX,
    height: grid.top + geometry.gapY + size.rows * pitchY,
    bands,
    nodes,
    edges: route(links, grid),
    resources: architecture.nodes.length,
    links: architecture.edges.length,
  };
}

function findingsByNode(findings: readonly Finding[]): Map<string, Finding[]> {
  const byNode = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const id = architectureNodeId(finding.file, finding.resource.address);
    const list = byNode.get(id);
    if (list) list.push(finding);
    else byNode.set(id, [finding]);
  }
  return byNode;
}

type MakeNode = (shape: DiagramNode['shape'], group: ArchitectureGroup, members: ArchitectureNode[]) => DiagramNode;

/** A band's boxes, at most `limit`, in the order their first resources are declared. */
function collapse(members: ArchitectureNode[], limit: number, group: ArchitectureGroup, makeNode: MakeNode): DiagramNode[] {
  if (members.length <= limit) return members.map((member) => makeNode('single', group, [member]));
  const byType = new Map<string, ArchitectureNode[]>();
  for (const member of members) {
    const ofType = byType.get(member.type);
    if (ofType) ofType.push(member);
    else byType.set(member.type, [member]);
  }
  // Fold the largest sets of one type first: they say least one by one.
  const collapsedTypes = new Set<string>();
  let boxes = members.length;
  for (const [type, ofType] of [...byType].filter(([, ofType]) => ofType.length > 1).sort((a, b) => b[1].length - a[1].length)) {
    if (boxes <= limit) break;
    collapsedTypes.add(type);
    boxes -= ofType.length - 1;
  }
  const order = new Map(members.map((member, index) => [member, index]));
  let nodes = [...byType].flatMap(([type, ofType]) => (collapsedTypes.has(type) ? [makeNode('type', group, ofType)] : ofType.map((member) => makeNode('single', group, [member]))));
  if (nodes.length > limit) {
    // Still too many kinds of thing: keep the boxes with the worst findings, the rest share one box.
    const ranked = [...nodes].sort((a, b) => severityRank(a.worst) - severityRank(b.worst) || b.members.length - a.members.length);
    const kept = new Set(ranked.slice(0, limit - 1));
    const rest = nodes.filter((node) => !kept.has(node)).flatMap((node) => node.members);
    nodes = [
      ...nodes.filter((node) => kept.has(node)),
      makeNode(
        'mixed',
        group,
        rest.sort((a, b) => order.get(a)! - order.get(b)!),
      ),
    ];
  }
  const first = (node: DiagramNode) => (node.shape === 'mixed' ? Infinity : order.get(node.members[0]!)!);
  return nodes.sort((a, b) => first(a) - first(b));
}

/** Links between boxes: one per pair, `value` over `order`, none inside a collapsed box. */
function drawnLinks(edges: readonly ArchitectureEdge[], boxOf: ReadonlyMap<string, DiagramNode>): Link[] {
  const links = new Map<string, Link>();
  for (const edge of edges) {
    const from = boxOf.get(edge.from);
    const to = boxOf.get(edge.to);
    if (!from || !to || from === to) continue;
    const key = `${from.key}>${to.key}`;
    const known = links.get(key);
    if (!known) links.set(key, { from, to, kind: edge.kind });
    else if (edge.kind === 'value') known.kind = 'value';
  }
  return [...links.values()];
}

/** Which boxes each box links to, either way. */
function neighboursOf(links: readonly Link[]): Map<DiagramNode, DiagramNode[]> {
  const neighbours = new Map<DiagramNode, DiagramNode[]>();
  for (const { from, to } of links) {
    for (const [node, other] of [
      [from, to],
      [to, from],
    ] as const) {
      const list = neighbours.get(node);
      if (list) list.push(other);
      else neighbours.set(node, [other]);
    }
  }
  return neighbours;
}

/**
 * Orders each band's boxes by where the boxes they link to in earlier bands sit (the mean of `along`), which
 * keeps most links short and uncrossed; a box with no such link keeps its own place.
 */
function orderBands(
  bands: DiagramBand[],
  links: readonly Link[],
  own: (index: number) => number,
  along: (node: DiagramNode) => number,
  put: (band: DiagramBand, node: DiagramNode, index: number) => void,
) {
  const neighbours = neighboursOf(links);
  const placed = new Set<DiagramNode>();
  for (const band of bands) {
    const keys = new Map(
      band.nodes.map((node, index) => {
        const earlier = (neighbours.get(node) ?? []).filter((other) => placed.has(other));
        return [node, earlier.length === 0 ? own(index) : earlier.reduce((sum, other) => sum + along(other), 0) / earlier.length];
      }),
    );
    band.nodes.sort((a, b) => keys.get(a)! - keys.get(b)!);
    band.nodes.forEach((node, index) => {
      put(band, node, index);
      placed.add(node);
    });
  }
}

const setPosition = (node: DiagramNode, row: number, column: number, grid: Grid) => {
  node.row = row;
  node.column = column;
  node.x = grid.x(column);
  node.y = grid.y(row);
};

/** Bands as rows, `columns` boxes wide, named on the left. */
function placeInRows(bands: DiagramBand[], columns: number, links: readonly Link[], grid: Grid): { rows: number; columns: number } {
  let row = 0;
  const first = new Map<DiagramBand, number>();
  orderBands(
    bands,
    links,
    (index) => index % columns,
    (node) => node.column,
    (band, node, index) => {
      if (index === 0) first.set(band, row);
      setPosition(node, first.get(band)! + Math.floor(index / columns), index % columns, grid);
      if (index === band.nodes.length - 1) row = node.row + 1;
    },
  );
  const width = grid.left + geometry.gapX + columns * pitchX;
  for (const band of bands) {
    const rows = Math.ceil(band.nodes.length / columns);
    Object.assign(band, { x: 0, y: grid.channelY(first.get(band)!), width, height: rows * pitchY });
    band.label = { x: 12, y: band.y + 24, width: geometry.labelWidth - 20 };
  }
  return { rows: row, columns };
}

/** Bands as columns, one box wide, named on top. */
function placeInColumns(bands: DiagramBand[], links: readonly Link[], grid: Grid): { rows: number; columns: number } {
  orderBands(
    bands,
    links,
    (index) => index,
    (node) => node.row,
    (band, node, index) => setPosition(node, index, bands.indexOf(band), grid),
  );
  const rows = Math.max(...bands.map((band) => band.nodes.length));
  bands.forEach((band, column) => {
    // Full height: the channel under the last row, where links between boxes of one row run, is in the band.
    Object.assign(band, { x: grid.channelX(column), y: 0, width: pitchX, height: grid.top + geometry.gapY + rows * pitchY });
    band.label = { x: band.x + geometry.gapX / 2, y: 22, width: geometry.nodeWidth };
  });
  return { rows, columns: bands.length };
}
