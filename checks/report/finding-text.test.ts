/**
 * Every rule's failing fixtures, every finding rendered in English and in Chinese: the English is the stored
 * message, and the Chinese has no template text left in English, no unfilled placeholder and no English fix note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFolders } from '../../scripts/generate-registries.ts';
import { checkSources } from '../engine/check.ts';
import { fixNotes } from '../rules/fix-comments.ts';
import { allRules } from '../rules/index.ts';
import { findingText, ruleText } from './finding-text.ts';
import type { Finding } from './schema.ts';

const rulesRoot = new URL('../rules/', import.meta.url).pathname;
const cjk = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** The findings of every `fail*` fixture beside every rule. */
const findings: Finding[] = ruleFolders().flatMap((folder) =>
  readdirSync(join(rulesRoot, folder))
    .filter((name) => /^fail[\w-]*\.(ya?ml|json)$/.test(name))
    .flatMap((name) => {
      const path = join(rulesRoot, folder, name);
      return checkSources([{ path: relative(process.cwd(), path), content: readFileSync(path, 'utf8') }], { today: '2026-11-25' }).findings;
    }),
);
const label = (finding: Finding) => `${finding.ruleId} ${finding.file}:${finding.line} ${finding.messageId}`;

describe('findings of every rule in both languages', () => {
  it('come from every rule', () => {
    expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(new Set(allRules.map((rule) => rule.id)));
    const used = new Set(findings.map((finding) => `${finding.ruleId} ${finding.messageId}`));
    const templates = allRules.flatMap((rule) => Object.keys(rule.messages).map((key) => `${rule.id} ${key}`));
    console.log(`${findings.length} findings from the fixtures use ${used.size} of the ${templates.length} message templates`);
  });

  it.each(findings.map((finding) => [label(finding), finding] as const))('%s reads in English as stored', (_, finding) => {
    const text = findingText(finding, 'en');
    expect(text.message).toBe(finding.message);
    expect(text.title).toBe(finding.title);
    expect(text.fix).toBe(finding.fix.snippet);
  });

  it.each(findings.map((finding) => [label(finding), finding] as const))('%s reads in Chinese', (_, finding) => {
    const text = findingText(finding, 'zh-cn');
    const prose = text.messageParts.flatMap((part) => ('text' in part ? [part.text] : [])).join(' ');
    expect(text.title).toMatch(cjk);
    expect(prose, text.message).toMatch(cjk);
    expect(text.message, 'a placeholder was left unfilled').not.toMatch(/\{[A-Za-z0-9]+\}/);
    expect(prose, 'a run of English words: the Chinese template is missing or incomplete').not.toMatch(/\b[a-z]{2,}(?:\s+[a-z]{2,}){2}\b/i);
    expect(text.message).not.toBe(finding.message);
    expect(text.rationale).toMatch(cjk);
    for (const note of fixNotes(text.fix)) if (/\b[a-z]{2,} [a-z]{2,}\b/.test(note)) expect(note, 'an English note in the fix').toMatch(cjk);
  });
});

describe('findingText', () => {
  const finding = findings.find((candidate) => candidate.ruleId === 'AWS-S3-PUBLIC-ACL' && candidate.messageId === 'publicAcl')!;

  it('sets names and values apart as code', () => {
    expect(findingText(finding, 'zh-cn').messageParts).toEqual([{ text: '存储桶 ' }, { code: finding.resource.name }, { text: ' 使用了标准 ACL ' }, { code: 'PublicRead' }]);
  });

  it('renders a stored report without message ids with its stored English message, in either language', () => {
    const stored = { ...finding, message: 'bucket Website has the canned ACL PublicReadWrite' };
    delete stored.messageId;
    delete stored.params;
    expect(findingText(stored, 'zh-cn').message).toBe(stored.message);
    expect(findingText(stored, 'zh-cn').title).toBe('S3 存储桶通过标准 ACL 授予公开访问权限');
  });

  it('keeps the stored English when the parameters no longer fit the template', () => {
    expect(findingText({ ...finding, params: {} }, 'zh-cn').message).toBe(finding.message);
  });

  it("says under which condition a finding holds, in the reader's language", () => {
    const conditional = { ...finding, message: `${finding.message} (only when condition IsProd is false)`, conditions: [{ name: 'IsProd', value: false }] };
    expect(findingText(conditional, 'en').message).toBe(conditional.message);
    expect(findingText(conditional, 'zh-cn').message).toMatch(/（仅当条件 IsProd 为 false 时）$/);
  });

  it('gives the rule pages the positive title and the problem', () => {
    const rule = allRules.find((candidate) => candidate.id === 'AWS-S3-PUBLIC-ACL')!;
    expect(ruleText(rule, 'zh-cn')).toMatchObject({ title: 'S3 存储桶不通过标准 ACL 授予公开访问权限', fallback: false });
    expect(ruleText(rule, 'en')).toMatchObject({ title: rule.title, problem: rule.problem, fallback: false });
  });
});
