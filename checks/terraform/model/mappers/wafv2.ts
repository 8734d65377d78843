/**
 * `aws_wafv2_web_acl` with its rate-based rules (as `rule` blocks, or the API's JSON in `rule_json`), and what it
 * protects: an `aws_wafv2_web_acl_association` (load balancers, API stages) or a distribution's `web_acl_id`.
 */
import type { WafRateRule, WebAcl } from '../../../model/aws/network.ts';
import type { ResourceBase } from '../../../model/types.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { number, text } from '../../../read/convert.ts';
import { decodedJson } from '../common.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { mentionsIn } from '../references.ts';

/** The keys of a rule: the provider's blocks, or the WAF API's JSON in `rule_json`. */
const ruleKeys = {
  blocks: { name: 'name', statement: 'statement', rate: 'rate_based_statement', limit: 'limit', window: 'evaluation_window_sec' },
  json: { name: 'Name', statement: 'Statement', rate: 'RateBasedStatement', limit: 'Limit', window: 'EvaluationWindowSec' },
};

function rateRules(reader: TfReader, rules: Cursor[], keys: (typeof ruleKeys)['blocks']): WafRateRule[] {
  return rules.flatMap((rule) => {
    const statement = reader.field(reader.field(rule, keys.statement), keys.rate);
    if (statement.value === undefined) return [];
    const name = text(reader.field(rule, keys.name));
    return [
      {
        at: rule.at,
        name: name.state === 'known' ? name.value : '(unnamed)',
        limit: number(reader.field(statement, keys.limit)),
        windowSeconds: number(reader.field(statement, keys.window)),
      },
    ];
  });
}

function webAcl(reader: TfReader, base: ResourceBase): WebAcl {
  return {
    ...base,
    kind: 'aws.wafv2.web-acl',
    scope: text(reader.get('scope')),
    rateRules: [...rateRules(reader, reader.blocks(reader.get('rule')), ruleKeys.blocks), ...rateRules(reader, reader.items(decodedJson(reader.get('rule_json'))), ruleKeys.json)],
    protects: [],
  };
}

/** The web ACL of this configuration a setting refers to (`aws_wafv2_web_acl.main.arn`, or an expression naming it). */
function aclNamed(reader: TfReader, links: Links<TfReader>, cursor: Cursor): WebAcl | undefined {
  for (const { address } of mentionsIn(reader, cursor)) {
    const resource = links.resource(address);
    if (resource?.kind === 'aws.wafv2.web-acl') return resource;
  }
  return undefined;
}

function protect(acl: WebAcl | undefined, addresses: string[]): void {
  if (!acl) return;
  for (const address of addresses) if (!acl.protects.includes(address)) acl.protects.push(address);
}

const wafv2: Mapper<TfReader> = {
  types: ['aws_wafv2_web_acl', 'aws_wafv2_web_acl_association', 'aws_cloudfront_distribution'],
  kinds: ['aws.wafv2.web-acl'],

  build(reader, base) {
    return reader.resource.type === 'aws_wafv2_web_acl' ? webAcl(reader, base) : undefined;
  },

  link(reader, links) {
    if (reader.resource.type === 'aws_wafv2_web_acl_association') {
      const target = reader.get('resource_arn');
      protect(
        aclNamed(reader, links, reader.get('web_acl_arn')),
        mentionsIn(reader, target).map((mention) => mention.address),
      );
    } else if (reader.resource.type === 'aws_cloudfront_distribution') {
      protect(aclNamed(reader, links, reader.get('web_acl_id')), [reader.resource.address]);
    }
  },
};
export default wafv2;
