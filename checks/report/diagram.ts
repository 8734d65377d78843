/**
 * The architecture diagram as one SVG string: bands of resources, links between them, each box coloured and
 * marked by its worst finding. Pure, so the report page, the private check or the CLI can draw it alike.
 *
 * Colours are presentation attributes holding the light theme's values, which any stylesheet overrides: the
 * report page's maps them to the design tokens (dark theme included), while a standalone file still reads well.
 * No `<style>` element, because the site's CSP forbids inline styles.
 *
 * @example
 * const svg = diagramSvg(report.architecture, report.findings, { language: 'en', href: (node) => `#${node.key}` });
 */
import type { Language, Severity } from '../vocabulary.ts';
import { diagramText, type DiagramText } from './diagram-text.ts';
import { geometry, layoutDiagram, type DiagramEdge, type DiagramLayout, type DiagramNode } from './diagram-layout.ts';
import type { Architecture, Finding } from './schema.ts';

export interface DiagramOptions {
  language: Language;
  /** Where a box links to (its findings on the page); without it boxes are not links. */
  href?: (node: DiagramNode) => string | undefined;
}

/** Light-theme values of the site's design tokens (`site/public/styles/tokens.css`), inlined so a downloaded SVG looks the same. */
const colours = {
  fg: '#1a1d23',
  muted: '#4b5563',
  border: '#d1d5db',
  surface: '#f3f4f6',
  raised: '#ffffff',
  bg: '#ffffff',
  severity: { critical: '#991b1b', high: '#b91c1c', medium: '#92400e', low: '#166534' } satisfies Record<Severity, string>,
};

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in SVG content and attribute values; characters XML forbids become U+FFFD. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => xmlEntities[char]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
}

/**
 * Width of text in a system sans-serif, estimated from character classes and rounded up, since the page
 * cannot be measured where this runs (a Worker, the CLI). Wide CJK glyphs are a full em.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2e80) ems += 1;
    else if (/[il.,:;!|'`ij]/.test(char)) ems += 0.32;
    else if (char === ' ') ems += 0.3;
    else if (/[MW@%&mw]/.test(char)) ems += 0.9;
    else if (/[A-Z]/.test(char)) ems += 0.72;
    else if (/[0-9]/.test(char)) ems += 0.6;
    else if (/[a-z]/.test(char)) ems += 0.58;
    else ems += 0.62;
  }
  return ems * fontSize * (bold ? 1.1 : 1);
}

/** `text`, shortened with an ellipsis until it fits `width`. */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize, bold) > width) chars.pop();
  return `${chars.join('')}…`;
}

/** `AWS::S3::Bucket` reads as `S3::Bucket` in a box; the full type is in the accessible name. */
const shortType = (type: string) => type.replace(/^AWS::/, '');

const sevClass = (node: DiagramNode) => (node.worst ? `dg-sev-${node.worst}` : node.checked ? 'dg-sev-none' : 'dg-sev-unchecked');
const sevColour = (severity: Severity | undefined) => (severity ? colours.severity[severity] : colours.muted);

/** A 16 × 16 mark per severity, so colour is never the only signal: octagon, triangle, diamond, circle, tick. */
function icon(severity: Severity | undefined, checked: boolean): string {
  const fill = `class="dg-icon" fill="${sevColour(severity)}"`;
  const bang = `<path class="dg-icon-mark" fill="${colours.bg}" d="M7 4h2v5H7zM7 10.5h2v2H7z"/>`;
  switch (severity) {
    case 'critical':
      return `<path ${fill} d="M5 0h6l5 5v6l-5 5H5l-5-5V5z"/>${bang}`;
    case 'high':
      return `<path ${fill} d="M8 0l8 15H0z"/><path class="dg-icon-mark" fill="${colours.bg}" d="M7 5h2v5H7zM7 11h2v2H7z"/>`;
    case 'medium':
      return `<path ${fill} d="M8 0l8 8-8 8-8-8z"/>`;
    case 'low':
      return `<circle ${fill} cx="8" cy="8" r="6"/>`;
    default:
      return checked
        ? `<circle class="dg-icon-none" cx="8" cy="8" r="7" fill="none" stroke="${colours.muted}" stroke-width="1.5"/><path class="dg-icon-none" d="M4.5 8.5l2.5 2.5 4.5-5" fill="none" stroke="${colours.muted}" stroke-width="1.8"/>`
        : `<circle class="dg-icon-none" cx="8" cy="8" r="7" fill="none" stroke="${colours.muted}" stroke-width="1.5" stroke-dasharray="3 2"/>`;
  }
}

const textPad = 14;
const iconSize = 16;

/** What a box says (title, subtitle, status) and its accessible name. */
function nodeLines(node: DiagramNode, t: DiagramText): { title: string; subtitle: string; status: string; label: string } {
  const first = node.members[0]!;
  const counts = node.counts;
  const status = node.worst ? t.status(counts) : node.checked ? t.noFindings : t.notChecked;
  if (node.shape === 'single') return { title: first.name, subtitle: shortType(first.type), status, label: t.resource(first.type, first.name, counts, node.checked) };
  if (node.shape === 'type') return { title: shortType(first.type), subtitle: t.resources(node.members.length), status, label: t.collapsed(first.type, node.members.length, counts) };
  const types = [...new Set(node.members.map((member) => shortType(member.type)))];
  return { title: t.more(node.members.length), subtitle: types.join(', '), status, label: t.moreTypes(node.members.length, types.length, counts) };
}

function renderNode(node: DiagramNode, t: DiagramText, href: string | undefined): string {
  const { nodeWidth: width, nodeHeight: height } = geometry;
  const lines = nodeLines(node, t);
  const textWidthLeft = width - textPad - iconSize - 18;
  const stroke = node.worst ? sevColour(node.worst) : colours.border;
  const dashed = node.checked ? '' : ' stroke-dasharray="5 3"';
  // A collapsed box is drawn as a small stack of cards.
  const stack =
    node.shape === 'single'
      ? ''
      : [6, 3].map((offset) => `<rect class="dg-card" x="${offset}" y="${-offset}" width="${width}" height="${height}" rx="6" fill="${colours.raised}" stroke="${colours.border}"/>`).join('');
  const body = [
    stack,
    `<rect class="dg-box" width="${width}" height="${height}" rx="6" fill="${colours.raised}" stroke="${stroke}" stroke-width="1.5"${dashed}/>`,
    `<rect class="dg-strip" width="5" height="${height}" rx="2" fill="${sevColour(node.worst)}"/>`,
    `<g transform="translate(${width - iconSize - 8} 8)">${icon(node.worst, node.checked)}</g>`,
    `<text class="dg-title" x="${textPad}" y="22" font-size="13" font-weight="600" fill="${colours.fg}">${escapeXml(fitText(lines.title, textWidthLeft, 13, true))}</text>`,
    `<text class="dg-subtitle" x="${textPad}" y="39" font-size="11" fill="${colours.muted}">${escapeXml(fitText(lines.subtitle, width - textPad - 8, 11))}</text>`,
    `<text class="dg-status" x="${textPad}" y="55" font-size="11" font-weight="${node.worst ? 600 : 400}" fill="${sevColour(node.worst)}">${escapeXml(fitText(lines.status, width - textPad - 8, 11, Boolean(node.worst)))}</text>`,
  ].join('');
  const label = escapeXml(lines.label);
  // The link is a clear layer over the drawing, not around its text: the visible text is a shortened part of
  // the accessible name, which a link's content would have to match word for word (WCAG 2.5.3).
  const layer =
    href === undefined
      ? ''
      : `<a href="${escapeXml(href)}" aria-label="${label}"><rect class="dg-hit" width="${width}" height="${height}" rx="6" fill="transparent"/><rect class="dg-focus" x="-5" y="-5" width="${width + 10}" height="${height + 10}" rx="9" fill="none"/></a>`;
  const drawing = href === undefined ? `<g role="img" aria-label="${label}">${body}</g>` : `<g aria-hidden="true">${body}</g>`;
  return `<g class="dg-node ${sevClass(node)}" transform="translate(${node.x} ${node.y})">${drawing}${layer}</g>`;
}

function renderEdge(edge: DiagramEdge): string {
  const points = edge.points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
  const dash = edge.kind === 'order' ? ' stroke-dasharray="4 3"' : '';
  return `<polyline class="dg-edge dg-edge-${edge.kind}" points="${points}" fill="none" stroke="${colours.muted}" stroke-width="1.25"${dash} marker-end="url(#dg-arrow)"/>`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Two lines at most for a band name, broken at spaces (or anywhere in CJK text). */
function bandLabel(name: string, width: number): string[] {
  if (textWidth(name, 13, true) <= width) return [name];
  const words = name.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, 13, true) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines.length <= 2 ? lines.map((part) => fitText(part, width, 13, true)) : [lines[0]!, fitText(lines.slice(1).join(' '), width, 13, true)];
}

interface LegendItem {
  mark: string;
  label: string;
  /** The severity class, so a stylesheet colours the mark as it does the boxes. */
  severity?: Severity;
}

/** The key, flowed into rows as wide as the diagram. */
function renderLegend(t: DiagramText, width: number): { svg: string; height: number } {
  const severities: Severity[] = ['critical', 'high', 'medium', 'low'];
  const items: LegendItem[] = [
    ...severities.map((severity) => ({ mark: icon(severity, true), label: t.legend.severity[severity], severity })),
    { mark: icon(undefined, true), label: t.legend.none },
    { mark: icon(undefined, false), label: t.legend.notChecked },
    { mark: `<line class="dg-edge" x1="0" y1="8" x2="26" y2="8" stroke="${colours.muted}" stroke-width="1.25" marker-end="url(#dg-arrow)"/>`, label: t.legend.uses },
    { mark: `<line class="dg-edge" x1="0" y1="8" x2="26" y2="8" stroke="${colours.muted}" stroke-width="1.25" stroke-dasharray="4 3" marker-end="url(#dg-arrow)"/>`, label: t.legend.waitsFor },
  ];
  const rowHeight = 24;
  let x = 0;
  let y = 0;
  const parts: string[] = [];
  for (const item of items) {
    const markWidth = item.mark.startsWith('<line') ? 30 : iconSize;
    const itemWidth = markWidth + 6 + textWidth(item.label, 12) + 20;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
    }
    parts.push(
      `<g${item.severity ? ` class="dg-sev-${item.severity}"` : ''} transform="translate(${round(x)} ${y})">${item.mark}<text class="dg-legend-text" x="${markWidth + 6}" y="12.5" font-size="12" fill="${colours.fg}">${escapeXml(item.label)}</text></g>`,
    );
    x += itemWidth;
  }
  return { svg: `<g class="dg-legend" aria-hidden="true" transform="translate(8 8)">${parts.join('')}</g>`, height: y + rowHeight + 12 };
}

/** The SVG of a laid-out diagram. */
export function renderDiagram(layout: DiagramLayout, options: DiagramOptions): string {
  const t = diagramText[options.language];
  const legend = renderLegend(t, layout.width - 16);
  const height = legend.height + layout.height;
  const bands = layout.bands
    .map((band, index) => {
      const { label: at } = band;
      const lines = bandLabel(t.groups[band.group], at.width);
      const label = lines
        .map((line, lineIndex) => `<text class="dg-band-label" x="${at.x}" y="${at.y + lineIndex * 17}" font-size="13" font-weight="600" fill="${colours.fg}">${escapeXml(line)}</text>`)
        .join('');
      const shade = index % 2 === 0 ? `<rect class="dg-band" x="${band.x}" y="${band.y}" width="${band.width}" height="${band.height}" fill="${colours.surface}"/>` : '';
      const count = `<text class="dg-band-count" x="${at.x}" y="${at.y + lines.length * 17}" font-size="12" fill="${colours.muted}">${escapeXml(t.resources(band.resources))}</text>`;
      return `<g class="dg-band-${band.group}" aria-hidden="true">${shade}${label}${count}</g>`;
    })
    .join('');
  const edges = layout.edges.map(renderEdge).join('');
  const nodes = layout.bands
    .map((band) => `<g role="group" aria-label="${escapeXml(t.band(t.groups[band.group], band.resources))}">${band.nodes.map((node) => renderNode(node, t, options.href?.(node))).join('')}</g>`)
    .join('');
  const title = escapeXml(t.title(layout.resources, layout.links));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 ${layout.width} ${height}" width="${layout.width}" height="${height}" role="group" aria-labelledby="dg-title" font-family="system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif">`,
    `<title id="dg-title">${title}</title>`,
    `<defs><marker id="dg-arrow" viewBox="0 0 8 8" refX="7.5" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="dg-arrowhead" d="M0 0L8 4L0 8z" fill="${colours.muted}"/></marker></defs>`,
    legend.svg,
    `<g transform="translate(0 ${legend.height})">${bands}<g class="dg-edges" aria-hidden="true">${edges}</g>${nodes}</g>`,
    '</svg>',
  ].join('');
}

/** Lays out and draws the architecture with its findings. */
export function diagramSvg(architecture: Architecture, findings: readonly Finding[], options: DiagramOptions): string {
  return renderDiagram(layoutDiagram(architecture, findings), options);
}
