/** The public description of every rule: what `plumbline rules --format json`, the rule pages and the API publish. */
import { formatAdapters } from '../formats/index.ts';
import { allRules } from './index.ts';
import type { Format } from '../formats/format.ts';
import type { Rule } from './rule.ts';

export interface RuleEntry {
  id: string;
  /** What good looks like, e.g. "S3 buckets block public access". */
  title: string;
  /** What a finding of this rule says is wrong: its title in reports. */
  problem: string;
  pillar: Rule['pillar'];
  severity: Rule['severity'];
  rationale: string;
  /** English message templates by key, as findings reference them (`messageId`, `params`). */
  messages: Rule['messages'];
  guide: string;
  guideUrl: string;
  /** Formats the rule checks today (those with a model builder and a fix). */
  formats: Format[];
  /** Source resource types the rule reads, per format. */
  resourceTypes: Partial<Record<Format, string[]>>;
  fix: Rule['fix'];
  equivalents: Rule['equivalents'];
}

export function ruleEntry(rule: Rule, guideBaseUrl = 'https://plumbline.dev'): RuleEntry {
  const adapters = formatAdapters.filter((adapter) => rule.fix[adapter.format] !== undefined);
  return {
    id: rule.id,
    title: rule.title,
    problem: rule.problem,
    pillar: rule.pillar,
    severity: rule.severity,
    rationale: rule.rationale,
    messages: rule.messages,
    guide: rule.guide,
    guideUrl: `${guideBaseUrl.replace(/\/$/, '')}/guides/${rule.guide}/`,
    formats: adapters.map((adapter) => adapter.format),
    resourceTypes: Object.fromEntries(adapters.map((adapter) => [adapter.format, adapter.sourceTypesFor(rule.reads)])),
    fix: rule.fix,
    equivalents: rule.equivalents,
  };
}

export function ruleCatalogue(guideBaseUrl?: string): RuleEntry[] {
  return allRules.map((rule) => ruleEntry(rule, guideBaseUrl));
}
