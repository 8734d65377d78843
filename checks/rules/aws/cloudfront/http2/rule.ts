import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-CLOUDFRONT-HTTP2',
  title: 'CloudFront distributions accept HTTP/2',
  problem: 'CloudFront distribution does not accept HTTP/2',
  pillar: 'performance',
  severity: 'low',
  rationale:
    'HTTP/2 carries many requests over one connection with compressed headers, so pages with many assets load faster than over HTTP/1.1. The console and API enable it by default, but CloudFormation creates distributions with http1.1 when HttpVersion is left out; http2and3 adds HTTP/3 on top.',
  guide: 'cdn-caching-and-compression',
  reads: ['aws.cloudfront.distribution'],
  messages: {
    http11: "distribution {distribution} serves HTTP/1.1 only ({property} `http1.1`, which is also CloudFormation's default), so viewers cannot use HTTP/2",
    http11Chosen: 'distribution {distribution} serves HTTP/1.1 only ({property} `http1.1`), so viewers cannot use HTTP/2',
  },
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
        const message = distribution.defaultHttpVersion === 'http1.1' ? 'http11' : 'http11Chosen';
        report(distribution, version.at, message, { distribution: distribution.name, property: propertyName(version, 'HttpVersion') });
      }
    }
  },
});
