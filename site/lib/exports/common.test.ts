import { describe, expect, it } from 'vitest';
import { assertLanguage, guideUrl, guidesOfPillar, isoDay, pillarsWithGuides, ruleUrl, rulesForGuide, sortById } from './common.ts';
import { sampleGuide, sampleRules } from './fixtures.ts';

describe('export helpers', () => {
  it('builds absolute guide URLs per language and rule URLs', () => {
    expect(guideUrl('s3-versioning', 'en')).toBe('https://plumbline.dev/guides/s3-versioning/');
    expect(guideUrl('s3-versioning', 'zh-cn')).toBe('https://plumbline.dev/zh-cn/guides/s3-versioning/');
    expect(guideUrl('x', 'en', 'http://localhost:4321/')).toBe('http://localhost:4321/guides/x/');
    expect(ruleUrl('AWS-S3-VERSIONING')).toBe('https://plumbline.dev/rules/AWS-S3-VERSIONING/');
  });

  it('writes dates as YYYY-MM-DD', () => {
    expect(isoDay(new Date('2026-11-20T00:00:00Z'))).toBe('2026-11-20');
  });

  it('sorts by id in code-point order', () => {
    expect(sortById([{ id: 'SEC-10' }, { id: 'EVT-01' }, { id: 'SEC-02' }]).map((item) => item.id)).toEqual(['EVT-01', 'SEC-02', 'SEC-10']);
  });

  it('links a guide to the catalogue rules it lists or that point at it, and skips ids the catalogue does not know', () => {
    const rules = rulesForGuide(sampleGuide(), sampleRules);
    expect(rules.map((rule) => rule.id)).toEqual(['AWS-S3-PUBLIC-ACL', 'AWS-S3-PUBLIC-POLICY']);
  });

  it('refuses guides in another language', () => {
    expect(() => assertLanguage([sampleGuide({ lang: 'zh-cn' })], 'en')).toThrow(/SEC-01 is in zh-cn/);
  });

  it('groups guides by pillar in site order', () => {
    const guides = [sampleGuide({ id: 'REL-02', pillar: 'reliability' }), sampleGuide({ id: 'SEC-03' }), sampleGuide({ id: 'REL-01', pillar: 'reliability' })];
    expect(pillarsWithGuides(guides)).toEqual(['security', 'reliability']);
    expect(guidesOfPillar(guides, 'reliability').map((guide) => guide.id)).toEqual(['REL-01', 'REL-02']);
  });
});
