/**
 * The report page's "Architecture" section: the diagram of the checked resources and, as its text
 * equivalent, every resource as a list by band. Boxes link to their worst finding that has a card on the
 * page; other single boxes to their list entry, and boxes standing for several resources to the list of
 * those resources.
 */
import { raw } from 'hono/html';
import {
  architectureNodeId,
  diagramText,
  layoutDiagram,
  renderDiagram,
  type Architecture,
  type ArchitectureNode,
  type DiagramNode,
  type Finding,
  type Report,
  type SeverityCounts,
} from '../../checks/index.ts';
import { findingAnchor, findingsWithCards } from './finding-cards.ts';
import { architectureStrings } from './strings/architecture.ts';

type Language = 'en' | 'zh-cn';

const listId = (node: DiagramNode) => `architecture-${node.key}`;

/**
 * Resources listed under one box, and in the whole list. A stack in eight files of 450 resources each
 * made the page 1.3 MB with every one listed; the JSON download has them all.
 */
export const listedPerBox = 40;
export const listedInAll = 400;

function countsOf(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Past 1,000 findings some have no card, only a count by rule; links go to the worst one that has. */
type Carded = ReadonlySet<Finding>;
const worstCarded = (findings: readonly Finding[], carded: Carded) => findings.find((finding) => carded.has(finding));

/** Where a box leads: its worst finding, or where the list says more. */
function boxHref(node: DiagramNode, carded: Carded): string {
  if (node.shape !== 'single') return `#${listId(node)}-members`;
  const worst = worstCarded(node.findings, carded);
  return worst ? `#${findingAnchor(worst)}` : `#${listId(node)}`;
}

/** Names each resource uses, by node id. */
function usesByNode(architecture: Architecture): Map<string, string[]> {
  const nameOf = new Map(architecture.nodes.map((node) => [node.id, node.name]));
  const uses = new Map<string, string[]>();
  for (const edge of architecture.edges) {
    const name = nameOf.get(edge.to);
    if (name !== undefined) uses.set(edge.from, [...(uses.get(edge.from) ?? []), name]);
  }
  return uses;
}

function ResourceEntry({ member, findings, uses, carded, language }: { member: ArchitectureNode; findings: Finding[]; uses: string[]; carded: Carded; language: Language }) {
  const t = architectureStrings[language];
  const worst = findings[0];
  const target = worstCarded(findings, carded);
  return (
    <>
      {target ? <a href={`#${findingAnchor(target)}`}>{member.name}</a> : <strong>{member.name}</strong>} <code>{member.type}</code> ·{' '}
      <code>
        {member.file}:{member.line}
      </code>{' '}
      · <span class={worst ? `severity-${worst.severity}` : 'architecture-quiet'}>{diagramText[language].findings(countsOf(findings), member.kind !== 'unmodelled')}</span>
      {uses.length > 0 && (
        <>
          {' '}
          · {t.uses}{' '}
          {uses.map((name, index) => (
            <>
              {index > 0 && ', '}
              <code>{name}</code>
            </>
          ))}
        </>
      )}
    </>
  );
}

function BoxEntry({ node, uses, listed, carded, language }: { node: DiagramNode; uses: Map<string, string[]>; listed: number; carded: Carded; language: Language }) {
  const t = architectureStrings[language];
  const d = diagramText[language];
  const entry = (member: ArchitectureNode) => (
    <ResourceEntry
      member={member}
      findings={node.findings.filter((finding) => architectureNodeId(finding.file, finding.resource.address) === member.id)}
      uses={uses.get(member.id) ?? []}
      carded={carded}
      language={language}
    />
  );
  if (node.shape === 'single') return <li id={listId(node)}>{entry(node.members[0]!)}</li>;
  const count = node.members.length;
  const summary =
    node.shape === 'type'
      ? `${t.members(count, node.members[0]!.type)} · ${d.findings(node.counts, node.checked)}`
      : d.moreTypes(count, new Set(node.members.map((member) => member.type)).size, node.counts);
  return (
    <li id={listId(node)}>
      <details>
        <summary>{summary}</summary>
        <ul id={`${listId(node)}-members`}>
          {byConcern(node)
            .slice(0, listed)
            .map((member) => (
              <li>{entry(member)}</li>
            ))}
          {listed < count && <li class="architecture-quiet">{t.unlisted(count - listed)}</li>}
        </ul>
      </details>
    </li>
  );
}

/** A box's resources with findings first, worst first, then in declared order. */
function byConcern(node: DiagramNode): ArchitectureNode[] {
  const rank = new Map<string, number>();
  node.findings.forEach((finding, index) => {
    const id = architectureNodeId(finding.file, finding.resource.address);
    if (!rank.has(id)) rank.set(id, index);
  });
  return node.members
    .map((member, index) => ({ member, key: rank.get(member.id) ?? node.findings.length + index }))
    .sort((a, b) => a.key - b.key)
    .map(({ member }) => member);
}

/** How many resources each box lists: every single one, and collapsed boxes while the whole list has room. */
function listedCounts(nodes: readonly DiagramNode[]): Map<DiagramNode, number> {
  let room = listedInAll - nodes.filter((node) => node.shape === 'single').length;
  return new Map(
    nodes.map((node) => {
      if (node.shape === 'single') return [node, 1];
      const listed = Math.max(0, Math.min(node.members.length, listedPerBox, room));
      room -= listed;
      return [node, listed];
    }),
  );
}

export function ArchitectureSection({ report, language }: { report: Report; language: Language }) {
  const architecture = report.architecture;
  // Reports stored before the engine described the architecture have nothing to draw.
  if (!architecture || architecture.nodes.length === 0) return null;
  const t = architectureStrings[language];
  const layout = layoutDiagram(architecture, report.findings);
  const uses = usesByNode(architecture);
  const listed = listedCounts(layout.nodes);
  const carded = findingsWithCards(report.findings);
  return (
    <section class="architecture" aria-labelledby="architecture-heading">
      <h2 id="architecture-heading">{t.heading}</h2>
      <details class="architecture-toggle" open>
        <summary>{t.summary(layout.resources, layout.links)}</summary>
        <p class="architecture-note">{t.note}</p>
        <div class="architecture-figure">{raw(renderDiagram(layout, { language, href: (node) => boxHref(node, carded) }))}</div>
        <details class="architecture-list">
          <summary>{t.list(layout.resources)}</summary>
          {layout.bands.map((band) => (
            <>
              <h3>
                {diagramText[language].groups[band.group]} ({band.resources})
              </h3>
              <ul>
                {band.nodes.map((node) => (
                  <BoxEntry node={node} uses={uses} listed={listed.get(node)!} carded={carded} language={language} />
                ))}
              </ul>
            </>
          ))}
        </details>
      </details>
    </section>
  );
}
