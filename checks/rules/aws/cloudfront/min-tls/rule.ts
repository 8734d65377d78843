import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** Security policies that still accept TLS 1.0 or 1.1, or TLS 1.2 with CBC and SHA-1 ciphers. */
const weakPolicies = new Set(['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016', 'TLSv1.2_2018', 'TLSv1.2_2019']);

export default defineRule({
  id: 'AWS-CLOUDFRONT-MIN-TLS',
  title: 'CloudFront distributions accept viewers on TLS 1.2 or later with modern ciphers',
  problem: 'CloudFront distribution accepts viewers on outdated TLS versions or ciphers',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'The security policy of a distribution sets the oldest protocol and the ciphers viewers may negotiate. With the default *.cloudfront.net certificate, CloudFront always applies TLSv1, and a custom certificate without MinimumProtocolVersion gets TLSv1 as well; TLS 1.0 and 1.1 are deprecated (RFC 8996). TLSv1.2_2021 or later keeps TLS 1.2 and 1.3 with forward-secret AEAD ciphers only.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.cloudfront.distribution'],
  messages: {
    defaultCertificate: 'distribution {distribution} serves viewers with the default CloudFront certificate ({property}), whose security policy is always `TLSv1`',
    notSet: 'distribution {distribution} does not set {property}, so its custom certificate uses `TLSv1`',
    weak: '{property} is {policy} on distribution {distribution}',
  },
  fix: {
    cloudformation: `DistributionConfig:
  Aliases: [www.example.com]
  ViewerCertificate:
    AcmCertificateArn: !Ref SiteCertificate   # an ACM certificate in us-east-1
    SslSupportMethod: sni-only
    MinimumProtocolVersion: TLSv1.2_2021`,
    terraform: `resource "aws_cloudfront_distribution" "this" {
  aliases = ["www.example.com"]
  # ...
  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.site.arn # an ACM certificate in us-east-1
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_174'], cfn_nag: ['W70'] },

  check(model, report) {
    for (const distribution of model.of('aws.cloudfront.distribution')) {
      const { defaultCertificate, minimumProtocolVersion } = distribution.viewerCertificate;
      if (defaultCertificate.state === 'known' && defaultCertificate.value) {
        report(distribution, defaultCertificate.at, 'defaultCertificate', { distribution: distribution.name, property: propertyName(defaultCertificate, 'CloudFrontDefaultCertificate') });
      } else if (defaultCertificate.state === 'known' && minimumProtocolVersion.state === 'absent') {
        report(distribution, minimumProtocolVersion.at, 'notSet', { distribution: distribution.name, property: propertyName(minimumProtocolVersion, 'MinimumProtocolVersion') });
      } else if (minimumProtocolVersion.state === 'known' && weakPolicies.has(minimumProtocolVersion.value) && defaultCertificate.state !== 'unknown') {
        report(distribution, minimumProtocolVersion.at, 'weak', {
          distribution: distribution.name,
          property: propertyName(minimumProtocolVersion, 'MinimumProtocolVersion'),
          policy: minimumProtocolVersion.value,
        });
      }
    }
  },
});
