import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../engine/check.ts';
import { openSshTemplate } from '../../test/fixtures/templates.ts';
import { severityColour } from './group.ts';
import { renderMarkdown } from './markdown.ts';

// Names a user controls: a file path and a logical id built to break code spans, tables, mentions and links.
const hostilePath = 'infra/we`ird|na_me @admin https://evil.com/x.yaml';
const hostileId = 'Bad\rId|x <b>@bob</b> https://evil.com/a_b www.evil.com a@evil.com';
const template = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ${JSON.stringify(hostileId)}:
    Type: AWS::S3::Bucket
`;
const report = checkSources(
  [
    { path: hostilePath, content: template },
    { path: 'br``o_ken|@x.yaml', content: 'a: [' },
  ],
  { today: '2026-11-25' },
);
const markdown = renderMarkdown(report);
// A real CommonMark parser with GFM tables, autolinking and inline HTML, standing in for GitHub and GitLab.
const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const codeSpans = [...html.matchAll(/<code>(.*?)<\/code>/g)].map((match) => decode(match[1]!));
const findingRows = [...html.matchAll(/<tr>\n<td>(?:🔴|🟠|🟢).*?<\/tr>/gs)].map((match) => match[0]);

describe('Markdown', () => {
  it('lets no HTML through from a name', () => {
    expect(html).not.toMatch(/<b>/);
  });

  it('keeps one table row of four cells per finding, whatever the names hold', () => {
    expect(markdown).not.toMatch(/\r/);
    expect(findingRows).toHaveLength(report.summary.findings);
    for (const row of findingRows) expect(row.match(/<td>/g)).toHaveLength(4);
  });

  it('shows a file name with backticks, pipes and underscores exactly, in one code span', () => {
    expect(codeSpans).toContain(`${hostilePath}:3`);
    expect(codeSpans).toContain('br``o_ken|@x.yaml:1');
  });

  it('shows the resource as written, with the line break turned into a space', () => {
    expect(codeSpans).toContain(`AWS::S3::Bucket.${hostileId.replace('\r', ' ')}`);
  });

  it('links nothing but the rule guides', () => {
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\/plumbline\.dev\/guides\/[a-z0-9-]+\/$/);
  });

  it('mentions nobody: an @ in a name never starts a mention outside code', () => {
    const prose = decode(html.replace(/<code>.*?<\/code>/g, '').replace(/<[^>]+>/g, ''));
    expect(prose).toContain('@');
    expect(prose).not.toMatch(/@[\w-]/);
  });
});

describe('Markdown severity colours', () => {
  it('marks a critical finding red, as the report page does, not purple', () => {
    const critical = checkSources([{ path: 'stack.yaml', content: openSshTemplate }], { today: '2026-11-25' });
    expect(critical.findings[0]!.severity).toBe('critical');
    expect(renderMarkdown(critical)).toMatch(/^\| 🔴 critical \|/m);
    expect(renderMarkdown(critical)).not.toContain('🟣');
  });

  it('gives every severity the colour site.css gives it', () => {
    const css = readFileSync(new URL('../../site/public/styles/site.css', import.meta.url), 'utf8');
    const web = Object.fromEntries(
      [...css.matchAll(/\.severity-(\w+)\s*\{\s*color:\s*var\(--risk-(\w+)\);\s*\}/g)].map((match) => [match[1], { critical: 'red', high: 'red', medium: 'amber', low: 'green' }[match[2]!]]),
    );
    expect(web).toEqual(severityColour);
  });
});
