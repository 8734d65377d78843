import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-CLOUDFRONT-LOGGING',
  title: 'CloudFront distributions write standard access logs',
  problem: 'CloudFront distribution writes no access logs',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'Standard logs record every viewer request CloudFront serves: client, path, status, cache result and edge location. They are off unless configured, and without them there is no way to trace abuse, hot paths or cache misses after the fact.',
  guide: 'access-logging',
  reads: ['aws.cloudfront.distribution'],
  messages: {
    noLogging: 'distribution {distribution} has no access logging (no {property} configuration and no log delivery)',
  },
  fix: {
    cloudformation: `DistributionConfig:
  Logging:
    Bucket: !GetAtt AccessLogsBucket.RegionalDomainName
    Prefix: cdn/
    IncludeCookies: false`,
    terraform: `resource "aws_cloudfront_distribution" "this" {
  # ...
  logging_config {
    bucket          = aws_s3_bucket.access_logs.bucket_regional_domain_name
    prefix          = "cdn/"
    include_cookies = false
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_86'], trivy: ['AVD-AWS-0010'], kics: ['de77cd9f-0e8b-46cc-b4a4-b6b436838642'], cfn_nag: ['W10'] },

  check(model, report) {
    for (const distribution of model.of('aws.cloudfront.distribution')) {
      if (effective(distribution.logging, false) === false) {
        report(distribution, distribution.logging.at, 'noLogging', { distribution: distribution.name, property: propertyName(distribution.logging, 'Logging') });
      }
    }
  },
});
