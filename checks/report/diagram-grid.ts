/**
 * The grid under the architecture diagram and the routes of its links. Boxes sit in cells; the gaps between
 * cells are channels, and every link runs orthogonally in them, so no line crosses a box.
 */
import type { ArchitectureEdge } from './schema.ts';
import type { DiagramEdge, DiagramNode } from './diagram-layout.ts';

export const geometry = {
  nodeWidth: 184,
  nodeHeight: 64,
  /** Gaps between boxes: the channels links run in. */
  gapX: 36,
  gapY: 32,
  /** The column of band names left of the boxes when bands are rows, and the row of them when they are columns. */
  labelWidth: 128,
  labelHeight: 52,
  maxColumns: 4,
  maxRowsPerBand: 3,
} as const;

export const pitchX = geometry.nodeWidth + geometry.gapX;
export const pitchY = geometry.nodeHeight + geometry.gapY;

/**
 * The grid every box sits on, whichever way the bands run: box (row, column) and the channels around it, offset
 * by the band names (left of the grid for rows, above it for columns).
 */
export interface Grid {
  left: number;
  top: number;
  x(column: number): number;
  y(row: number): number;
  /** Middle of the vertical channel left of `column` (`columns` for the one after the last). */
  channelX(column: number): number;
  channelY(row: number): number;
}

export function gridAt(left: number, top: number): Grid {
  return {
    left,
    top,
    x: (column) => left + geometry.gapX + column * pitchX,
    y: (row) => top + geometry.gapY + row * pitchY,
    channelX: (column) => left + geometry.gapX / 2 + column * pitchX,
    channelY: (row) => top + geometry.gapY / 2 + row * pitchY,
  };
}

/** A link between two boxes, before it is routed. */
export interface Link {
  from: DiagramNode;
  to: DiagramNode;
  kind: ArchitectureEdge['kind'];
}

/** Offsets of the lanes in a channel, from its middle outwards, so parallel links stay apart. */
function lane(index: number, halfWidth: number): number {
  const step = 4;
  const lanes = 2 * Math.floor((halfWidth - 4) / step) + 1;
  const position = index % lanes;
  return position === 0 ? 0 : (position % 2 === 1 ? 1 : -1) * step * Math.ceil(position / 2);
}

/**
 * Orthogonal routes in the channels: out of the source's bottom (or top) into the horizontal channel beside it,
 * along it to the vertical channel beside the target's column, along that to the channel beside the target's
 * row, and into the target. Channels hold no boxes, so no route crosses one.
 */
export function route(links: readonly Link[], grid: Grid): DiagramEdge[] {
  const { nodeWidth, nodeHeight, gapX, gapY } = geometry;
  const { channelX, channelY } = grid;
  const plans = links.map((link) => {
    const { from, to } = link;
    const down = to.row > from.row;
    const up = to.row < from.row;
    return {
      link,
      exit: up ? ('top' as const) : ('bottom' as const),
      entry: down ? ('top' as const) : ('bottom' as const),
      hA: up ? from.row : from.row + 1,
      hB: down ? to.row : to.row + 1,
      vertical: to.column > from.column ? to.column : to.column < from.column ? to.column + 1 : to.column,
    };
  });

  // Ports: the links leaving or entering one side of a box are spread along it, in the order of their far ends.
  const sides = new Map<string, { node: DiagramNode; ends: { id: string; towards: number }[] }>();
  plans.forEach((plan, index) => {
    for (const end of ['exit', 'entry'] as const) {
      const [node, other] = end === 'exit' ? [plan.link.from, plan.link.to] : [plan.link.to, plan.link.from];
      const key = `${node.key}:${plan[end]}`;
      let side = sides.get(key);
      if (!side) sides.set(key, (side = { node, ends: [] }));
      side.ends.push({ id: `${index}:${end}`, towards: other.x });
    }
  });
  const portX = new Map<string, number>();
  for (const { node, ends } of sides.values()) {
    ends.sort((a, b) => a.towards - b.towards);
    ends.forEach((end, index) => portX.set(end.id, node.x + ((index + 1) * nodeWidth) / (ends.length + 1)));
  }

  const used = new Map<string, number>();
  const take = (channel: string, halfWidth: number) => {
    const count = used.get(channel) ?? 0;
    used.set(channel, count + 1);
    return lane(count, halfWidth);
  };
  return plans.map((plan, index) => {
    const { from, to } = plan.link;
    const sx = portX.get(`${index}:exit`)!;
    const tx = portX.get(`${index}:entry`)!;
    const sy = plan.exit === 'top' ? from.y : from.y + nodeHeight;
    const ty = plan.entry === 'top' ? to.y : to.y + nodeHeight;
    const yA = channelY(plan.hA) + take(`h${plan.hA}`, gapY / 2);
    const points: [number, number][] = [
      [sx, sy],
      [sx, yA],
    ];
    if (plan.hA === plan.hB) points.push([tx, yA]);
    else {
      const vx = channelX(plan.vertical) + take(`v${plan.vertical}`, gapX / 2);
      const yB = channelY(plan.hB) + take(`h${plan.hB}`, gapY / 2);
      points.push([vx, yA], [vx, yB], [tx, yB]);
    }
    points.push([tx, ty]);
    return { from, to, kind: plan.link.kind, points };
  });
}
