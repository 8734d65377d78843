import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { describeDomain, settingName } from '../domains.ts';

const defaultPolicy = 'Policy-Min-TLS-1-0-2019-07';
/** Policies whose minimum is TLS 1.0 or 1.1; the 1.2 policies (with or without PFS) pass. */
const acceptsOldTls = (policy: string) => /TLS-1-[01]-/i.test(policy);

export default defineRule({
  id: 'AWS-OPENSEARCH-HTTPS',
  title: 'OpenSearch domains require HTTPS with TLS 1.2 or later',
  problem: 'OpenSearch domain accepts plain HTTP or TLS older than 1.2',
  pillar: 'security',
  severity: 'medium',
  rationale:
    "A domain's endpoint answers plain HTTP unless EnforceHTTPS is on, so queries, documents and credentials sent by a misconfigured client cross the network in clear text. Its default TLS security policy still accepts TLS 1.0 and 1.1; a Policy-Min-TLS-1-2 policy limits clients to TLS 1.2 or later, which current clients and SDKs support.",
  guide: 'encrypt-data-in-transit',
  reads: ['aws.opensearch.domain'],
  messages: {
    httpsNotSet: '{domain} does not set {property}, so it also answers plain HTTP (the default is `false`)',
    httpsOff: '{property} is `false` on {domain}, so it also answers plain HTTP',
    tlsNotSet: '{domain} does not set {property}, so it accepts TLS 1.0 and 1.1 (the default is {policy})',
    tlsOld: '{property} is {policy} on {domain}, which accepts TLS 1.0 and 1.1',
  },
  fix: {
    cloudformation: `Type: AWS::OpenSearchService::Domain
Properties:
  DomainEndpointOptions:
    EnforceHTTPS: true
    TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10`,
    terraform: `resource "aws_opensearch_domain" "this" {
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_83'], trivy: ['AVD-AWS-0046', 'AVD-AWS-0126'] },

  check(model, report) {
    for (const domain of model.of('aws.opensearch.domain')) {
      const name = describeDomain(domain);
      const https = domain.enforceHttps;
      if (effective(https, false) === false) {
        report(domain, https.at, https.state === 'absent' ? 'httpsNotSet' : 'httpsOff', { domain: name, property: settingName(https, 'DomainEndpointOptions', 'EnforceHTTPS') });
      }
      const tls = domain.tlsSecurityPolicy;
      const policy = effective(tls, defaultPolicy);
      if (policy === undefined || !acceptsOldTls(policy)) continue;
      const property = settingName(tls, 'DomainEndpointOptions', 'TLSSecurityPolicy');
      report(domain, tls.at, tls.state === 'absent' ? 'tlsNotSet' : 'tlsOld', { domain: name, property, policy });
    }
  },
});
