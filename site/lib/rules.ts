/** The rule catalogue as the site shows it: grouped by guide, pillar and service, in the reader's language (the engine's translations). */
import { ruleCatalogue, type RuleEntry } from '../../checks/index.ts';

export { fixText, ruleText, type RuleText } from '../../checks/index.ts';

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
