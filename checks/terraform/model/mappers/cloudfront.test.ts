import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { modelOf, value, where } from './support/snippets.ts';

beforeAll(loadParser);

const distribution = (extra: string) => `resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
${extra}
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
`;

describe('aws_cloudfront_distribution', () => {
  it('reads every cache behavior, with the provider’s http2 when http_version is left out', () => {
    const [cdn] = modelOf(
      distribution(`  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "Redirect-To-HTTPS"
    compress               = true
  }
  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "allow-all"
  }
`),
    ).of('aws.cloudfront.distribution');
    expect(cdn!.behaviors.map((behavior) => [behavior.pathPattern, value(behavior.viewerProtocolPolicy), value(behavior.compress)])).toEqual([
      [undefined, 'redirect-to-https', true],
      ['/api/*', 'allow-all', 'absent'],
    ]);
    expect(where(cdn!.httpVersion)).toEqual({ value: 'http2', line: 1, property: 'http_version' });
    expect(cdn!.defaultHttpVersion).toBe('http2');
    expect(where(cdn!.logging)).toEqual({ value: 'absent', line: 1, property: 'logging_config' });
  });

  it('lists the resources its origins point at', () => {
    const [cdn] = modelOf(
      `resource "aws_lb" "web" {}

resource "aws_s3_bucket" "site" {
  bucket = "site"
}
${distribution(`  origin {
    origin_id   = "alb"
    domain_name = aws_lb.web.dns_name
  }
  origin {
    origin_id   = "site"
    domain_name = "\${aws_s3_bucket.site.id}.s3.eu-west-1.amazonaws.com"
  }
  origin {
    origin_id   = "api"
    domain_name = "api.example.com"
  }
`)}`,
    ).of('aws.cloudfront.distribution');
    expect(cdn!.origins).toEqual(['aws_lb.web', 'aws_s3_bucket.site']);
  });

  it('logs through a log delivery whose source names the distribution', () => {
    const [cdn] = modelOf(`${distribution('')}
resource "aws_cloudwatch_log_delivery_source" "cdn" {
  name         = "cdn"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.cdn.arn
}

resource "aws_cloudwatch_log_delivery" "cdn" {
  delivery_source_name     = aws_cloudwatch_log_delivery_source.cdn.name
  delivery_destination_arn = "arn:aws:logs:us-east-1:123456789012:delivery-destination:cdn"
}
`).of('aws.cloudfront.distribution');
    expect(value(cdn!.logging)).toBe(true);
  });

  it('marks functions a behavior runs on a viewer event as Lambda@Edge, not those on origin events', () => {
    const edge = (name: string) => `resource "aws_lambda_function" "${name}" {
  function_name = "${name}"
  role          = "arn:aws:iam::123456789012:role/edge"
  filename      = "${name}.zip"
  publish       = true
}
`;
    const model = modelOf(
      edge('viewer') +
        edge('origin') +
        distribution(`  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    lambda_function_association {
      event_type = "viewer-request"
      lambda_arn = aws_lambda_function.viewer.qualified_arn
    }
    lambda_function_association {
      event_type = "origin-response"
      lambda_arn = aws_lambda_function.origin.qualified_arn
    }
  }
`),
    );
    expect(model.of('aws.lambda.function').map((fn) => [fn.name, fn.edgeViewerTrigger])).toEqual([
      ['viewer', true],
      ['origin', false],
    ]);
    // Both run as Lambda@Edge, whatever the event (edgeTrigger, added for AWS-LAMBDA-RESERVED-CONCURRENCY).
    expect(model.of('aws.lambda.function').map((fn) => [fn.name, fn.edgeTrigger])).toEqual([
      ['viewer', true],
      ['origin', true],
    ]);
  });

  it('reads the viewer certificate, custom origins, forwarded headers and web ACL', () => {
    const [cdn] = modelOf(
      `resource "aws_cloudfront_distribution" "cdn" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/a1b2"
  origin {
    origin_id   = "api"
    domain_name = "api.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "Match-Viewer"
      origin_ssl_protocols   = ["TLSv1.1", "TLSv1.2"]
    }
  }
  origin {
    origin_id   = "bucket"
    domain_name = "bucket.s3.amazonaws.com"
  }
  default_cache_behavior {
    target_origin_id       = "api"
    viewer_protocol_policy = "allow-all"
    forwarded_values {
      query_string = false
      headers      = ["*"]
      cookies {
        forward = "none"
      }
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
`,
    ).of('aws.cloudfront.distribution');
    expect(where(cdn!.viewerCertificate.defaultCertificate)).toEqual({ value: false, line: 30, property: 'acm_certificate_arn' });
    expect(where(cdn!.viewerCertificate.minimumProtocolVersion)).toEqual({ value: 'TLSv1.2_2021', line: 31, property: 'minimum_protocol_version' });
    expect(cdn!.customOrigins.map((origin) => [origin.id, value(origin.protocolPolicy), value(origin.sslProtocols)])).toEqual([['api', 'match-viewer', ['TLSv1.1', 'TLSv1.2']]]);
    expect(cdn!.behaviors.map((behavior) => [behavior.targetOriginId, value(behavior.forwardedHeaders)])).toEqual([['api', ['*']]]);
    expect(value(cdn!.webAclId)).toBe('arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/a1b2');
  });

  it('serves the default certificate when the block says so', () => {
    const [cdn] = modelOf(distribution('')).of('aws.cloudfront.distribution');
    expect(value(cdn!.viewerCertificate.defaultCertificate)).toBe(true);
    expect(value(cdn!.viewerCertificate.minimumProtocolVersion)).toBe('absent');
    expect(value(cdn!.webAclId)).toBe('absent');
  });
});
