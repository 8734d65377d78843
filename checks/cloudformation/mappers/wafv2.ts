/**
 * AWS WAF (v2) web ACLs, their rate-based rules, and what they protect: a `WebACLAssociation` (load balancers,
 * API stages) or a CloudFront distribution's `WebACLId`.
 */
import type { WafRateRule, WebAcl } from '../../model/aws/network.ts';
import type { ResourceBase } from '../../model/types.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { number, referencedResource, text, type Cursor, type ResourceReader } from '../read.ts';
import { referencesIn } from './support/value-origin.ts';

function rateRules(reader: ResourceReader): WafRateRule[] {
  return reader.items(reader.get('Rules')).flatMap((rule) => {
    const statement = reader.field(reader.field(rule, 'Statement'), 'RateBasedStatement');
    if (!statement.value) return [];
    return [
      {
        at: rule.at,
        name: knownText(reader.field(rule, 'Name').value) ?? '(unnamed)',
        limit: number(reader.field(statement, 'Limit')),
        windowSeconds: number(reader.field(statement, 'EvaluationWindowSec')),
      },
    ];
  });
}

function webAcl(reader: ResourceReader, base: ResourceBase): WebAcl {
  return { ...base, kind: 'aws.wafv2.web-acl', scope: text(reader.get('Scope')), rateRules: rateRules(reader), protects: [] };
}

/** The web ACL of this stack a property refers to (`!GetAtt Acl.Arn`, `!Ref Acl`, a `!Sub` of one). */
function aclNamed(reader: ResourceReader, links: Links, cursor: Cursor): WebAcl | undefined {
  const value = cursor.value;
  if (!value) return undefined;
  const ids = value.kind === 'ref' ? [value.resource] : referencesIn(value.node, reader.ctx.template).resources;
  for (const id of ids) {
    const resource = links.resource(id);
    if (resource?.kind === 'aws.wafv2.web-acl') return resource;
  }
  return undefined;
}

function protect(links: Links, acl: WebAcl | undefined, logicalIds: string[]): void {
  if (!acl) return;
  for (const address of logicalIds.map((id) => links.base(id).address)) if (!acl.protects.includes(address)) acl.protects.push(address);
}

const wafv2: CfnMapper = {
  types: ['AWS::WAFv2::WebACL', 'AWS::WAFv2::WebACLAssociation', 'AWS::CloudFront::Distribution'],
  kinds: ['aws.wafv2.web-acl'],

  build(reader, base) {
    return reader.resource.type === 'AWS::WAFv2::WebACL' ? webAcl(reader, base) : undefined;
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::WAFv2::WebACLAssociation') {
      const target = reader.get('ResourceArn');
      const id = referencedResource(target);
      const ids = id ? [id] : target.value ? referencesIn(target.value.node, reader.ctx.template).resources : [];
      protect(links, aclNamed(reader, links, reader.get('WebACLArn')), ids);
    } else if (reader.resource.type === 'AWS::CloudFront::Distribution') {
      protect(links, aclNamed(reader, links, reader.get('DistributionConfig', 'WebACLId')), [reader.resource.logicalId]);
    }
  },
};
export default wafv2;
