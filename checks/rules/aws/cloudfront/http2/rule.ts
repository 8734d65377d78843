import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-CLOUDFRONT-HTTP2',
  title: 'CloudFront distributions accept HTTP/2',
  pillar: 'performance',
  severity: 'low',
  rationale:
    'HTTP/2 carries many requests over one connection with compressed headers, so pages with many assets load faster than over HTTP/1.1. CloudFront enables it by default; HttpVersion http1.1 turns it off for every viewer, and http2and3 adds HTTP/3 on top.',
  guide: 'cdn-caching-and-compression',
  reads: ['aws.cloudfront.distribution'],
  fix: {
    cloudformation: `DistributionConfig:
  HttpVersion: http2and3`,
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  http_version = "http2and3"
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const distribution of model.of('aws.cloudfront.distribution')) {
      const version = distribution.httpVersion;
      if (version.state === 'known' && version.value === 'http1.1') {
        report(distribution, version.at, `HttpVersion is http1.1 on distribution ${distribution.name}, so viewers cannot use HTTP/2`);
      }
    }
  },
});
