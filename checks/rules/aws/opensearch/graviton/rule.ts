import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { gravitonAlternative } from '../../instance-types.ts';
import { describeDomain, elasticsearchBefore } from '../domains.ts';

export default defineRule({
  id: 'AWS-OPENSEARCH-GRAVITON',
  title: 'OpenSearch domains run their data nodes on Graviton instance types',
  problem: 'OpenSearch domain runs its data nodes on an x86 type where a Graviton type would do',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'OpenSearch Service offers Graviton (arm64) data node types (t4g, m6g, c6g, r6g and newer 7g and 8g families) at a lower hourly price than the matching x86 types, and Graviton uses less energy for the same work. The service runs the engine, so moving is an instance type change applied by a blue/green deployment, for any OpenSearch version and for Elasticsearch 7.10.',
  guide: 'graviton-compute',
  reads: ['aws.opensearch.domain'],
  messages: {
    x86: '{domain} runs its data nodes on {instanceType} ({property}); consider the Graviton type {alternative}',
  },
  fix: {
    cloudformation: `Type: AWS::OpenSearchService::Domain
Properties:
  ClusterConfig:
    InstanceType: r6g.large.search     # was r5.large.search; r7g and r8g where offered`,
    terraform: `resource "aws_opensearch_domain" "this" {
  cluster_config {
    instance_type = "r6g.large.search" # was r5.large.search
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const domain of model.of('aws.opensearch.domain')) {
      // Graviton types need Elasticsearch 7.10 (7.9 for some families) or any OpenSearch version.
      if (elasticsearchBefore(domain, 7, 10) !== false) continue;
      const type = domain.instanceType;
      if (type.state !== 'known') continue;
      const alternative = gravitonAlternative('opensearch', type.value);
      if (alternative) report(domain, type.at, 'x86', { domain: describeDomain(domain), instanceType: type.value, property: propertyName(type, 'InstanceType'), alternative });
    }
  },
});
