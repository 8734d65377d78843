import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { modelOf, value } from './support/snippets.ts';

beforeAll(loadParser);

describe('aws_wafv2_web_acl', () => {
  it('reads the rate-based rules among its rule blocks', () => {
    const [acl] = modelOf(`resource "aws_wafv2_web_acl" "main" {
  scope = "REGIONAL"

  rule {
    name     = "burst"
    priority = 0
    statement {
      rate_based_statement {
        limit                 = 500
        evaluation_window_sec = 60
      }
    }
  }

  rule {
    name     = "managed"
    priority = 1
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }
  }
}
`).of('aws.wafv2.web-acl');
    expect(value(acl!.scope)).toBe('REGIONAL');
    expect(acl!.rateRules.map((rule) => [rule.name, value(rule.limit), value(rule.windowSeconds)])).toEqual([['burst', 500, 60]]);
  });

  it('reads rate-based rules written as the WAF API’s JSON in rule_json', () => {
    const acls = modelOf(`resource "aws_wafv2_web_acl" "json" {
  scope     = "CLOUDFRONT"
  rule_json = jsonencode([{ Name = "steady", Priority = 0, Statement = { RateBasedStatement = { Limit = 2000, AggregateKeyType = "IP" } } }])
}
`).of('aws.wafv2.web-acl');
    expect(acls[0]!.rateRules.map((rule) => [rule.name, value(rule.limit), value(rule.windowSeconds)])).toEqual([['steady', 2000, 'absent']]);
  });

  it('protects what an association or a distribution’s web_acl_id names', () => {
    const [acl] = modelOf(`resource "aws_wafv2_web_acl" "main" {
  scope = "REGIONAL"
}

resource "aws_lb" "web" {}

resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = aws_wafv2_web_acl.main.arn
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled    = true
  web_acl_id = aws_wafv2_web_acl.main.arn
}
`).of('aws.wafv2.web-acl');
    expect(acl!.protects.sort()).toEqual(['aws_cloudfront_distribution.cdn', 'aws_lb.web']);
  });
});
