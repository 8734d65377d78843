/**
 * One Chinese terminology (site/i18n/glossary.ts) on every Simplified Chinese guide and interface string.
 * A failure lists file:line:column, the word found and the word to use instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGlossaryViolations, glossary } from '../../site/i18n/glossary';

const root = new URL('../../', import.meta.url).pathname;
const guidesDir = join(root, 'site/content/guides/zh-cn');
const workerStrings = join(root, 'worker/pages/strings');
const ruleTranslations = join(root, 'checks/rules');

const hasChinese = /[\u4e00-\u9fff]/;

/** Guides are Chinese throughout; in TypeScript files only the lines with Chinese text are checked. */
const files: { path: string; chineseLinesOnly: boolean }[] = [
  ...readdirSync(guidesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ path: join(guidesDir, name), chineseLinesOnly: false })),
  ...['site/i18n/ui.ts', 'site/i18n/upload.ts', 'checks/rules/aws/phrases.ts', 'checks/report/conditions.ts', 'checks/report/diagram-text.ts']
    .map((path) => join(root, path))
    .filter((path) => existsSync(path))
    .map((path) => ({ path, chineseLinesOnly: true })),
  // Every rule's Chinese, beside the rule: checks/rules/<provider>/<service>/<rule>/zh-cn.ts.
  ...readdirSync(ruleTranslations, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('/zh-cn.ts'))
    .sort()
    .map((path) => ({ path: join(ruleTranslations, path), chineseLinesOnly: true })),
  ...(existsSync(workerStrings) ? readdirSync(workerStrings) : [])
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(workerStrings, name))
    .filter((path) => hasChinese.test(readFileSync(path, 'utf8')))
    .map((path) => ({ path, chineseLinesOnly: true })),
];

function violationsIn(path: string, chineseLinesOnly: boolean): string[] {
  let text = readFileSync(path, 'utf8');
  // Blank out non-Chinese lines but keep the line count, so reported line numbers stay right.
  if (chineseLinesOnly)
    text = text
      .split('\n')
      .map((line) => (hasChinese.test(line) ? line : ''))
      .join('\n');
  const name = relative(root, path);
  return findGlossaryViolations(text).map((v) => `${name}:${v.line}:${v.column} “${v.found}” → ${v.term.preferred} (${v.term.id}${v.term.note ? `: ${v.term.note}` : ''})`);
}

describe('Chinese glossary', () => {
  it('is one table with unique ids and no preferred word among its own forbidden variants', () => {
    const ids = glossary.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of glossary) {
      expect(findGlossaryViolations(term.preferred, [term]), term.id).toEqual([]);
      for (const phrase of term.allowed ?? []) expect(findGlossaryViolations(phrase, [term]), term.id).toEqual([]);
      for (const pattern of term.forbidden) {
        if (pattern instanceof RegExp) expect(pattern.flags, term.id).not.toMatch(/[gy]/);
      }
    }
  });

  it('flags the variants and leaves legitimate uses alone', () => {
    const flagged = (text: string) => findGlossaryViolations(text).map((v) => v.term.id);
    expect(flagged('在帐户和账号中')).toEqual(['account', 'account']);
    expect(flagged('Kubernetes 服务账号')).toEqual(expect.arrayContaining(['service-account']));
    expect(flagged('为错误率设置告警')).toEqual(['alarm']);
    expect(flagged('删除这个栈')).toEqual(['stack']);
    expect(flagged('技术栈、调用栈、双栈 VPC、删除堆栈')).toEqual([]);
    expect(flagged('日志采集')).toEqual(['ingest']);
    expect(flagged('把 Secrets Manager 密钥的密钥值读出来')).toEqual(['secret', 'secret']);
    expect(flagged('访问密钥、KMS 密钥、私钥、密钥策略、硬编码密钥 ID、SSH 密钥对')).toEqual([]);
    expect(flagged('泄露的临时凭证')).toEqual(['credentials']);
    expect(flagged('令牌桶、分桶统计与存储桶')).toEqual([]);
  });

  it('allows a quoted synonym only as often as the term says', () => {
    const once = findGlossaryViolations('警报（口语中常说“告警”）');
    expect(once).toEqual([]);
    const twice = findGlossaryViolations('警报（常说“告警”）。\n再说一次“告警”。');
    expect(twice.map((v) => `${v.line}:${v.term.id}`)).toEqual(['2:alarm']);
  });

  it('finds Chinese pages to check', () => {
    expect(files.filter((file) => !file.chineseLinesOnly).length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [relative(root, file.path), file]))('%s uses the glossary terms', (_, file) => {
    const violations = violationsIn(file.path, file.chineseLinesOnly);
    expect(violations, `\n${violations.join('\n')}\n`).toEqual([]);
  });
});
