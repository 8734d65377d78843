import { describe, expect, it } from 'vitest';
import { fiveResourceTemplate, serviceStackTemplate } from '../../test/fixtures/service-stack.ts';
import { checkSources } from '../engine/check.ts';
import { diagramSvg, escapeXml, fitText, textWidth } from './diagram.ts';
import { geometry, layoutDiagram, type DiagramLayout } from './diagram-layout.ts';
import type { Architecture, ArchitectureNode, Report } from './schema.ts';

const small = fiveResourceTemplate;

const checked = (template: string): Report => checkSources([{ path: 'stack.yaml', content: template }], { today: '2026-01-01' });
const layoutOf = (report: Report) => layoutDiagram(report.architecture!, report.findings);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const boxOf = (node: { x: number; y: number }): Box => ({ x: node.x, y: node.y, width: geometry.nodeWidth, height: geometry.nodeHeight });
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether the segment from p to q (horizontal or vertical) runs through the inside of the box. */
function crosses([px, py]: [number, number], [qx, qy]: [number, number], box: Box): boolean {
  const inside = { left: box.x + 0.5, right: box.x + box.width - 0.5, top: box.y + 0.5, bottom: box.y + box.height - 0.5 };
  if (py === qy) return py > inside.top && py < inside.bottom && Math.max(px, qx) > inside.left && Math.min(px, qx) < inside.right;
  return px > inside.left && px < inside.right && Math.max(py, qy) > inside.top && Math.min(py, qy) < inside.bottom;
}

function expectSound(layout: DiagramLayout, architecture: Architecture) {
  // No two boxes overlap, and every box lies inside the drawing.
  for (const [index, node] of layout.nodes.entries()) {
    expect(node.x + geometry.nodeWidth).toBeLessThanOrEqual(layout.width);
    expect(node.y + geometry.nodeHeight).toBeLessThanOrEqual(layout.height);
    for (const other of layout.nodes.slice(index + 1)) expect(overlap(boxOf(node), boxOf(other)), `${node.key} and ${other.key}`).toBe(false);
  }
  // Every resource is in exactly one box, alone or counted in a collapsed one.
  const members = layout.nodes.flatMap((node) => node.members.map((member) => member.id));
  expect(members.sort()).toEqual(architecture.nodes.map((node) => node.id).sort());
  // Links are orthogonal and never run through a box, not even their own ends'.
  for (const edge of layout.edges) {
    for (let index = 1; index < edge.points.length; index++) {
      const [p, q] = [edge.points[index - 1]!, edge.points[index]!];
      expect(p[0] === q[0] || p[1] === q[1]).toBe(true);
      for (const node of layout.nodes) expect(crosses(p, q, boxOf(node)), `${edge.from.key}→${edge.to.key} through ${node.key}`).toBe(false);
    }
  }
}

describe('the architecture layout', () => {
  it('places five resources in their bands, one box each, with every link routed', () => {
    const report = checked(small);
    const layout = layoutOf(report);
    expect(layout.bands.map((band) => [band.group, band.nodes.map((node) => node.members[0]!.name)])).toEqual([
      ['compute', ['Handler']],
      ['data', ['Logs']],
      ['security', ['HandlerRole']],
      ['observability', ['HandlerErrors']],
      ['other', ['Seed']],
    ]);
    expect(layout.nodes.every((node) => node.shape === 'single')).toBe(true);
    // Five bands of one box each read better side by side than as a tall strip.
    expect(layout.orientation).toBe('columns');
    expect(layout.edges.map((edge) => `${edge.from.members[0]!.name}→${edge.to.members[0]!.name} ${edge.kind}`).sort()).toEqual([
      'HandlerErrors→Handler value',
      'Handler→HandlerRole value',
      'Handler→Logs value',
      'Seed→Handler order',
    ]);
    expectSound(layout, report.architecture!);
  });

  it('colours each box by its worst active finding and counts them by severity', () => {
    const layout = layoutOf(checked(small));
    const logs = layout.nodes.find((node) => node.members[0]!.name === 'Logs')!;
    expect(logs.worst).toBe(logs.findings[0]!.severity);
    expect(logs.counts[logs.worst!]).toBeGreaterThan(0);
    expect(Object.values(logs.counts).reduce((sum, count) => sum + count, 0)).toBe(logs.findings.length);
    const seed = layout.nodes.find((node) => node.members[0]!.name === 'Seed')!;
    expect(seed).toMatchObject({ worst: undefined, checked: false, findings: [] });
  });

  it('ignores suppressed findings', () => {
    const report = checked(small);
    const suppressed = report.findings.map((finding) => ({ ...finding, suppressed: { reason: 'accepted', source: 'config' as const } }));
    expect(layoutDiagram(report.architecture!, suppressed).nodes.every((node) => node.worst === undefined)).toBe(true);
  });

  it('collapses 150 resources into at most twelve boxes a band, each resource counted once, nothing overlapping', () => {
    const report = checked(serviceStackTemplate(150));
    expect(report.architecture!.nodes).toHaveLength(150);
    const layout = layoutOf(report);
    for (const band of layout.bands) expect(band.nodes.length).toBeLessThanOrEqual(geometry.maxColumns * geometry.maxRowsPerBand);
    expect(layout.nodes.some((node) => node.shape === 'type' && node.members.length > 10)).toBe(true);
    expect(layout.nodes.length).toBeLessThan(60);
    expect(layout.orientation).toBe('rows');
    expectSound(layout, report.architecture!);
  });

  it('stays sound at CloudFormation’s 500-resource limit, with leftovers sharing one box', () => {
    const report = checked(serviceStackTemplate(500));
    const layout = layoutOf(report);
    expectSound(layout, report.architecture!);
    // 500 distinct types in one band: the worst twelve minus one stay, the rest share a box.
    const many: ArchitectureNode[] = Array.from({ length: 500 }, (_, index) => ({
      id: `s.yaml#Custom::T${index}.R`,
      address: `Custom::T${index}.R`,
      name: 'R',
      type: `Custom::T${index}`,
      kind: 'unmodelled',
      group: 'other',
      file: 's.yaml',
      line: index + 1,
    }));
    const crowded = layoutDiagram({ nodes: many, edges: [] }, []);
    expect(crowded.nodes).toHaveLength(geometry.maxColumns * geometry.maxRowsPerBand);
    expect(crowded.nodes.at(-1)).toMatchObject({ shape: 'mixed' });
    expect(crowded.nodes.at(-1)!.members).toHaveLength(500 - crowded.nodes.length + 1);
    expectSound(crowded, { nodes: many, edges: [] });
  });
});

describe('the architecture SVG', () => {
  it('is one box link per resource with an accessible name naming the type, the name and the findings', () => {
    const report = checked(small);
    const svg = diagramSvg(report.architecture!, report.findings, { language: 'en', href: (node) => `#box-${node.key}` });
    expect(svg.match(/<a /g)).toHaveLength(5);
    expect(svg).toMatch(/aria-label="AWS::S3::Bucket Logs, \d+ (critical|high) findings?/);
    expect(svg).toContain('aria-label="Custom::Seeder Seed, not checked by any rule"');
    expect(svg).toContain('<title id="dg-title">Architecture: 5 resources, 4 links</title>');
    expect(svg).not.toContain('<style');
  });

  it('speaks Chinese on Chinese pages', () => {
    const report = checked(small);
    const svg = diagramSvg(report.architecture!, report.findings, { language: 'zh-cn' });
    expect(svg).toContain('架构图：5 个资源，4 条关联');
    expect(svg).toMatch(/AWS::S3::Bucket Logs，\d+ 个(严重|高)严重程度问题/);
    expect(svg).toContain('安全与身份');
    // Without links, boxes are images with the same names.
    expect(svg).not.toContain('<a ');
    expect(svg.match(/role="img"/g)).toHaveLength(5);
  });

  it('escapes every name, type and link taken from an upload', () => {
    const hostile = '<script>alert("x")</script>&\'';
    const architecture: Architecture = {
      nodes: [{ id: `f#${hostile}`, address: hostile, name: hostile, type: `Custom::${hostile}`, kind: 'unmodelled', group: 'other', file: 'f', line: 1 }],
      edges: [],
    };
    const svg = diagramSvg(architecture, [], { language: 'en', href: () => `#"><script>` });
    expect(svg).not.toMatch(/<script|alert\("/);
    expect(svg).toContain('href="#&quot;&gt;&lt;script&gt;"');
    expect(svg).toContain('aria-label="Custom::&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39; &lt;script&gt;');
    expect(escapeXml('a\u0000b\u001fc')).toBe('a\ufffdb\ufffdc');
  });

  it('shortens text that would not fit its box, never the accessible name', () => {
    const long = 'AVeryLongLogicalIdThatGoesOnAndOnForeverAndEver';
    expect(textWidth(fitText(long, 140, 13, true), 13, true)).toBeLessThanOrEqual(140);
    expect(fitText(long, 140, 13, true)).toMatch(/…$/);
    expect(fitText('Logs', 140, 13)).toBe('Logs');
    expect(textWidth('数据库', 12)).toBe(36);
  });
});
