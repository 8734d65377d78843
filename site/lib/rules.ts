/** The rule catalogue as the site shows it: grouped by guide, pillar and service, in the reader's language (the engine's translations). */
import { ruleCatalogue, type RuleEntry } from '../../checks/index.ts';

export { fixText, ruleText, type RuleText } from '../../checks/index.ts';

export const rules: RuleEntry[] = ruleCatalogue();

/**
 * `AWS-S3-PUBLIC-ACL` → `s3`; the service segment of the id, in the vocabulary guides use. Rules of the other
 * providers have no service segment: Kubernetes rules and the container rules (Kubernetes first, Compose and ECS
 * too) file under Kubernetes, Compose rules under Docker Compose.
 */
export function serviceOfRule(id: string): string {
  const [provider, segment = ''] = id.toLowerCase().split('-');
  const providers: Record<string, string> = { k8s: 'kubernetes', container: 'kubernetes', compose: 'compose' };
  const aliases: Record<string, string> = { logs: 'cloudwatch', apigw: 'apigateway', asg: 'autoscaling', stateful: 'cloudformation', cfn: 'cloudformation' };
  return providers[provider!] ?? aliases[segment] ?? segment;
}

export function rulesOfGuide(slug: string): RuleEntry[] {
  return rules.filter((rule) => rule.guide === slug);
}
