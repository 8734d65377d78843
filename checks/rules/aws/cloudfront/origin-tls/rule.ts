import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { behaviorName } from '../behaviors.ts';

/** Origin protocols CloudFront may still negotiate that are deprecated (RFC 8996) or broken (SSLv3). */
const oldProtocols = ['SSLv3', 'TLSv1', 'TLSv1.1'];

export default defineRule({
  id: 'AWS-CLOUDFRONT-ORIGIN-TLS',
  title: 'CloudFront connects to custom origins over HTTPS with TLS 1.2',
  problem: 'CloudFront may connect to a custom origin over plain HTTP or an outdated TLS version',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'Between CloudFront and a custom origin, traffic crosses the internet. With the origin protocol policy http-only, or match-viewer while a behaviour still accepts HTTP viewers, requests and responses travel in clear text on that leg even when viewers see HTTPS. The origin SSL protocols are the versions CloudFront offers the origin; SSLv3, TLS 1.0 and 1.1 are deprecated and should not be among them.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.cloudfront.distribution'],
  messages: {
    httpOnly: '{property} is `http-only` for origin {origin} of distribution {distribution}',
    matchViewer: '{property} is `match-viewer` for origin {origin} of distribution {distribution}, and {behavior} accepts HTTP viewers',
    oldProtocols: '{property} of origin {origin} of distribution {distribution} includes {protocols}',
  },
  fix: {
    cloudformation: `Origins:
  - Id: app
    DomainName: !GetAtt AppLoadBalancer.DNSName
    CustomOriginConfig:
      OriginProtocolPolicy: https-only
      OriginSSLProtocols: [TLSv1.2]`,
    terraform: `origin {
  origin_id   = "app"
  domain_name = aws_lb.app.dns_name
  custom_origin_config {
    http_port              = 80
    https_port             = 443
    origin_protocol_policy = "https-only"
    origin_ssl_protocols   = ["TLSv1.2"]
  }
}`,
  },
  equivalents: { checkov: ['CKV2_AWS_72', 'CKV2_AWS_54'] },

  check(model, report) {
    for (const distribution of model.of('aws.cloudfront.distribution')) {
      for (const origin of distribution.customOrigins) {
        const originName = origin.id ?? '(computed)';
        const policy = origin.protocolPolicy;
        if (policy.state === 'known' && policy.value === 'http-only') {
          report(distribution, policy.at, 'httpOnly', { property: propertyName(policy, 'OriginProtocolPolicy'), origin: originName, distribution: distribution.name });
          continue;
        }
        if (policy.state === 'known' && policy.value === 'match-viewer') {
          const plain = distribution.behaviors.find(
            (behavior) => behavior.targetOriginId === origin.id && behavior.viewerProtocolPolicy.state === 'known' && behavior.viewerProtocolPolicy.value === 'allow-all',
          );
          if (plain && origin.id !== undefined) {
            report(distribution, policy.at, 'matchViewer', {
              property: propertyName(policy, 'OriginProtocolPolicy'),
              origin: originName,
              distribution: distribution.name,
              behavior: behaviorName(plain),
            });
          }
        }
        const protocols = origin.sslProtocols;
        if (protocols.state !== 'known') continue;
        const old = protocols.value.filter((protocol) => oldProtocols.includes(protocol));
        if (old.length > 0)
          report(distribution, protocols.at, 'oldProtocols', { property: propertyName(protocols, 'OriginSSLProtocols'), origin: originName, distribution: distribution.name, protocols: old });
      }
    }
  },
});
