/**
 * One test for every rule: metadata is complete and valid, and every fixture beside the rule yields
 * exactly the findings its `# expect: RULE-ID` comments announce, on those lines and no others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFolders } from '../../scripts/generate-registries.ts';
import { checkSources } from '../engine/check.ts';
import { loadParser } from '../terraform/testing.ts';
import { Pillar } from '../vocabulary.ts';
import { expectedDefaults, expectedFindings } from '../../test/fixtures/expectations.ts';
import { allRules } from './index.ts';
import { RuleMeta, type Rule } from './rule.ts';

const rulesRoot = new URL('./', import.meta.url).pathname;
await loadParser();

/** Every rule folder under every provider: checks/rules/<provider>/<service>/<name>/. */
const folders = await Promise.all(
  ruleFolders().map(async (path) => {
    const folder = join(rulesRoot, path);
    return { folder, rule: ((await import(join(folder, 'rule.ts'))) as { default: Rule }).default };
  }),
);

describe('the rule catalogue', () => {
  it('lists every rule folder exactly once', () => {
    expect(folders.map(({ rule }) => rule.id).sort()).toEqual(allRules.map((rule) => rule.id).sort());
    expect(new Set(allRules.map((rule) => rule.id)).size).toBe(allRules.length);
  });

  it('has at least 60 rules', () => {
    expect(allRules.length).toBeGreaterThanOrEqual(60);
  });

  it('has Terraform fixtures, failing and passing, for every AWS rule', () => {
    const aws = folders.filter(({ rule }) => rule.id.startsWith('AWS-'));
    const missing = aws.filter(({ folder }) => !['fail', 'pass'].every((kind) => readdirSync(folder).some((name) => name.startsWith(kind) && name.endsWith('.tf'))));
    expect(missing.map(({ rule }) => rule.id)).toEqual([]);
  });

  const withFixtures = (kind: RegExp) => folders.filter(({ folder }) => ['fail', 'pass'].every((prefix) => readdirSync(folder).some((name) => name.startsWith(prefix) && kind.test(name))));

  it('has at least 30 rules with Kubernetes fixtures, failing and passing', () => {
    expect(withFixtures(/-k8s\.ya?ml$/).length).toBeGreaterThanOrEqual(30);
  });

  it('has at least 10 rules with Compose fixtures, failing and passing', () => {
    expect(withFixtures(/-compose\.ya?ml$/).length).toBeGreaterThanOrEqual(10);
  });

  it('checks ECS task definitions in CloudFormation and Terraform with most container rules', () => {
    const container = folders.filter(({ rule }) => rule.id.startsWith('CONTAINER-'));
    const withEcs = container.filter(({ folder }) => ['fail.yaml', 'pass.yaml', 'fail.tf', 'pass.tf'].every((name) => readdirSync(folder).includes(name)));
    expect(withEcs.length / container.length).toBeGreaterThanOrEqual(0.8);
  });

  it.each(Pillar.options)('has at least five rules in the %s pillar', (pillar) => {
    expect(allRules.filter((rule) => rule.pillar === pillar).length).toBeGreaterThanOrEqual(5);
  });

  // The floor issue 12 set against the peers' CloudFormation reach: 120 AWS rules, none of the six pillars thin.
  const awsRules = allRules.filter((rule) => rule.id.startsWith('AWS-'));

  it('has at least 120 AWS rules', () => {
    expect(awsRules.length).toBeGreaterThanOrEqual(120);
  });

  it.each(Pillar.options)('has at least 12 AWS rules in the %s pillar', (pillar) => {
    expect(awsRules.filter((rule) => rule.pillar === pillar).length).toBeGreaterThanOrEqual(12);
  });

  it('has CloudFormation fixtures, failing and passing, for every AWS rule', () => {
    const aws = folders.filter(({ rule }) => rule.id.startsWith('AWS-'));
    const missing = aws.filter(
      ({ folder }) => !['fail', 'pass'].every((kind) => readdirSync(folder).some((name) => name.startsWith(kind) && /\.(ya?ml|json)$/.test(name) && !/-(k8s|compose)\./.test(name))),
    );
    expect(missing.map(({ rule }) => rule.id)).toEqual([]);
  });
});

describe.each(folders.map(({ folder, rule }) => [rule.id, folder, rule] as const))('%s', (id, folder, rule) => {
  const fixtures = readdirSync(folder).filter((name) => /^(fail|pass)[\w-]*\.(ya?ml|json|tf)$/.test(name));

  it('has valid, complete metadata', () => {
    expect(() => RuleMeta.parse(rule)).not.toThrow();
    for (const key of Object.keys(rule.messageSeverity ?? {})) expect(Object.keys(rule.messages)).toContain(key);
  });

  it('has a fix for every format its fixtures are written in', () => {
    const formats = new Set(fixtures.map((name) => checkSources([{ path: name, content: readFileSync(join(folder, name)) }], { rules: [] }).files[0]?.format));
    expect(formats.size).toBeGreaterThan(0);
    for (const format of formats) expect(format && rule.fix[format]?.length).toBeGreaterThan(10);
  });

  it('has at least one failing and one passing fixture', () => {
    expect(fixtures.some((name) => name.startsWith('fail'))).toBe(true);
    expect(fixtures.some((name) => name.startsWith('pass'))).toBe(true);
  });

  it.each(fixtures)('reports exactly the expected lines in %s', (name) => {
    const path = join(folder, name);
    const text = readFileSync(path, 'utf8');
    const report = checkSources([{ path: relative(process.cwd(), path), content: text }], { rules: [rule], today: '2026-11-25' });
    expect(report.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
    const actual = report.findings.map((finding) => `${finding.line} ${finding.ruleId}`).sort();
    const expected = expectedFindings(text).filter((entry) => entry.endsWith(` ${id}`));
    if (name.startsWith('pass')) expect(actual).toEqual([]);
    else {
      expect(expected.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
      // A line marked `; default: NAME` has its finding say the value is the default of NAME.
      const defaults = expectedDefaults(text);
      const marked = new Set(defaults.map((entry) => entry.split(' ')[0]));
      const noted = report.findings.filter((finding) => marked.has(String(finding.line))).map((finding) => `${finding.line} ${finding.fromDefault?.name ?? '(none)'}`);
      expect([...new Set(noted)].sort()).toEqual(defaults);
    }
  });
});

describe('generated registries', () => {
  it('are up to date (run `npm run generate` after adding a rule or mapper)', async () => {
    const { ruleRegistry, mapperRegistry, translationRegistry } = await import('../../scripts/generate-registries.ts');
    expect(readFileSync(new URL('./index.ts', import.meta.url), 'utf8')).toBe(ruleRegistry());
    expect(readFileSync(new URL('./translations.ts', import.meta.url), 'utf8')).toBe(translationRegistry());
    expect(readFileSync(new URL('../cloudformation/mappers/index.ts', import.meta.url), 'utf8')).toBe(mapperRegistry('cloudformation'));
    expect(readFileSync(new URL('../terraform/model/mappers/index.ts', import.meta.url), 'utf8')).toBe(mapperRegistry('terraform'));
  });
});
