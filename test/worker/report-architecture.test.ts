/** The report page's architecture section, rendered as the Worker renders it, for new and for stored reports. */
import { describe, expect, it } from 'vitest';
import { checkSources, Report } from '../../checks/index.ts';
import { listedInAll } from '../../worker/pages/architecture-section.tsx';
import { listedFindingsLimit } from '../../worker/pages/finding-cards.ts';
import { ReportPage } from '../../worker/pages/report-page.tsx';
import { serviceStackTemplate } from '../fixtures/service-stack';
import { openSshWithDatabaseTemplate } from '../fixtures/templates';

async function render(report: Report): Promise<string> {
  const page = ReportPage({ id: 'x', language: 'en', createdAt: 0, filesExpireAt: 0, filesDeleted: true, retentionDays: 30, files: [], report, sources: new Map() });
  return (await page.toString()).toString();
}

describe('the architecture section of the report page', () => {
  const report = checkSources([{ path: 'stack.yaml', content: openSshWithDatabaseTemplate }]);

  it('draws the diagram above the findings, each box linking to a finding card on the page', async () => {
    const html = await render(report);
    expect(html.indexOf('id="architecture-heading"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="architecture-heading"')).toBeLessThan(html.indexOf('id="findings-heading"'));
    const targets = [...html.matchAll(/<a href="#(finding-[^"]+)" aria-label="AWS::/g)].map((match) => match[1]!);
    expect(targets.length).toBe(2);
    for (const target of targets) expect(html).toContain(`id="${target}"`);
  });

  it('leaves the section out for a report stored before the engine described the architecture', async () => {
    const { architecture: _, ...stored } = report;
    const html = await render(Report.parse(JSON.parse(JSON.stringify(stored))));
    expect(html).not.toContain('architecture-heading');
    expect(html).toContain('id="findings-heading"');
  });

  // Four files of one stack: the same findings at the same lines in each, and more findings than get a card.
  const big = checkSources(Array.from({ length: 4 }, (_, file) => ({ path: `stack-${file}.yaml`, content: serviceStackTemplate(450) })));

  it('lists at most 400 resources however large the stack, saying how many more the download holds', async () => {
    expect(big.architecture!.nodes).toHaveLength(1800);
    const html = await render(big);
    const list = html.slice(html.indexOf('class="architecture-list"'), html.indexOf('id="findings-heading"'));
    const entries = list.match(/<li(?: id="[^"]*")?>(?!<details)/g) ?? [];
    expect(entries.length).toBeLessThanOrEqual(listedInAll);
    expect(list).toMatch(/and \d+ more \(every resource is in the JSON download\)/);
  });

  it('links boxes and list entries only to ids that are on the page once, across files and past 1,000 findings', async () => {
    expect(big.findings.filter((finding) => !finding.suppressed).length).toBeGreaterThan(listedFindingsLimit);
    const html = await render(big);
    const section = html.slice(html.indexOf('id="architecture-heading"'), html.indexOf('id="findings-heading"'));
    const targets = new Set([...section.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!));
    expect(targets.size).toBeGreaterThan(100);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    const missing = [...targets].filter((target) => ids.filter((id) => id === target).length !== 1);
    expect(missing).toEqual([]);
  });

  it('escapes the names, types and file names an upload brings, in the diagram and in the list', async () => {
    const hostile = '"<img src=x onerror=alert(1)>&amp;"';
    const template = `Resources:\n  ${hostile}:\n    Type: AWS::S3::Bucket\n  Other:\n    Type: "AWS::S3::Bucket<script>"\n    Properties:\n      BucketName: !Ref ${hostile}\n`;
    const html = await render(checkSources([{ path: 'a<b>".yaml', content: template }]));
    const section = html.slice(html.indexOf('id="architecture-heading"'), html.indexOf('id="findings-heading"'));
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;amp;');
    expect(section).not.toMatch(/<img|<script/);
  });
});
