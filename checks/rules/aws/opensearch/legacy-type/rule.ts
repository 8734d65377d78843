import { defineRule } from '../../../rule.ts';
import { describeDomain } from '../domains.ts';

export default defineRule({
  id: 'AWS-OPENSEARCH-LEGACY-TYPE',
  title: 'OpenSearch domains are declared with the current OpenSearch Service resource type',
  problem: 'OpenSearch domain is declared with the legacy Elasticsearch resource type',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'AWS::Elasticsearch::Domain and aws_elasticsearch_domain still work, but AWS has replaced them with AWS::OpenSearchService::Domain and aws_opensearch_domain, which run both OpenSearch and Elasticsearch engine versions and are where newer domain settings are added. Moving a live domain takes care, because changing the type in place replaces the domain, so it is best done before the template grows more dependants.',
  guide: 'opensearch-domains',
  reads: ['aws.opensearch.domain'],
  messages: {
    legacy: '{domain} is declared as {type}, the legacy Elasticsearch resource type',
  },
  fix: {
    cloudformation: `Type: AWS::OpenSearchService::Domain   # was AWS::Elasticsearch::Domain: retain, remove, then import the live domain
Properties:
  EngineVersion: Elasticsearch_7.10     # was ElasticsearchVersion: "7.10"
  ClusterConfig:                        # was ElasticsearchClusterConfig
    InstanceType: r7g.large.search`,
    terraform: `resource "aws_opensearch_domain" "this" { # was aws_elasticsearch_domain: move the state with removed and import blocks
  domain_name    = "search"
  engine_version = "Elasticsearch_7.10" # was elasticsearch_version = "7.10"
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const domain of model.of('aws.opensearch.domain')) {
      if (domain.legacyType) report(domain, domain.at, 'legacy', { domain: describeDomain(domain), type: domain.sourceType });
    }
  },
});
