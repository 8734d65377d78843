import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { describeDomain, elasticsearchBefore, settingName } from '../domains.ts';

export default defineRule({
  id: 'AWS-OPENSEARCH-NODE-TO-NODE',
  title: 'OpenSearch domains encrypt traffic between nodes',
  problem: 'OpenSearch domain sends traffic between its nodes unencrypted',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'Node-to-node encryption adds TLS to the traffic the nodes of a domain exchange inside the VPC: shard replication, recovery and search requests fanned out across nodes. It is off by default, fine-grained access control requires it, and it needs Elasticsearch 6.0 or later (any OpenSearch version).',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.opensearch.domain'],
  messages: {
    notSet: '{domain} does not set {property}, so traffic between its nodes is unencrypted (the default is `false`)',
    off: '{property} is `false` on {domain}',
  },
  fix: {
    cloudformation: `Type: AWS::OpenSearchService::Domain
Properties:
  NodeToNodeEncryptionOptions:
    Enabled: true`,
    terraform: `resource "aws_opensearch_domain" "this" {
  node_to_node_encryption {
    enabled = true
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_6'], trivy: ['AVD-AWS-0043'] },

  check(model, report) {
    for (const domain of model.of('aws.opensearch.domain')) {
      const encrypted = domain.nodeToNodeEncryption;
      // Elasticsearch before 6.0 cannot encrypt node-to-node traffic: the version is the finding there, not this setting.
      if (effective(encrypted, false) !== false || elasticsearchBefore(domain, 6, 0) !== false) continue;
      report(domain, encrypted.at, encrypted.state === 'absent' ? 'notSet' : 'off', { domain: describeDomain(domain), property: settingName(encrypted, 'NodeToNodeEncryptionOptions', 'Enabled') });
    }
  },
});
