/** The rule catalogue as the site shows it: grouped by guide, pillar and service, with Chinese text where written. */
import { ruleCatalogue, type RuleEntry } from '../../checks/index.ts';
import type { Locale } from '../i18n/locales';
import { ruleTranslations } from './rule-translations.ts';

export const rules: RuleEntry[] = ruleCatalogue();

/** `AWS-S3-PUBLIC-ACL` → `s3`; the service segment of the id, in the vocabulary guides use. */
export function serviceOfRule(id: string): string {
  const segment = id.split('-')[1]?.toLowerCase() ?? '';
  const aliases: Record<string, string> = { logs: 'cloudwatch', apigw: 'apigateway', asg: 'autoscaling', stateful: 'cloudformation' };
  return aliases[segment] ?? segment;
}

export function rulesOfGuide(slug: string): RuleEntry[] {
  return rules.filter((rule) => rule.guide === slug);
}

export interface RuleText {
  title: string;
  rationale: string;
  /** True when the English text stands in for a missing translation. */
  fallback: boolean;
}

export function ruleText(rule: RuleEntry, locale: Locale): RuleText {
  if (locale === 'en') return { title: rule.title, rationale: rule.rationale, fallback: false };
  const translated = ruleTranslations[rule.id];
  return translated ? { title: translated.title, rationale: translated.rationale, fallback: false } : { title: rule.title, rationale: rule.rationale, fallback: true };
}
