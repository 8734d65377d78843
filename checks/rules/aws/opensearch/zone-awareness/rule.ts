import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { describeDomain, settingName } from '../domains.ts';

const defaultCount = 1;

export default defineRule({
  id: 'AWS-OPENSEARCH-ZONE-AWARENESS',
  title: 'OpenSearch domains spread their data nodes across Availability Zones',
  problem: 'OpenSearch domain keeps all its data nodes in one Availability Zone',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'Without zone awareness, OpenSearch Service places every data node in one Availability Zone, so a zone outage takes the whole domain offline; with it, nodes are spread over two or three zones and replica shards are kept in a different zone from their primaries. A domain runs one data node unless told otherwise, and a single node has nowhere to put a replica at all, so any node failure means downtime and possibly data loss.',
  guide: 'deploy-across-availability-zones',
  reads: ['aws.opensearch.domain'],
  messages: {
    singleNodeDefault: '{domain} does not set {property}, so it runs a single data node (the default is 1)',
    singleNode: '{property} is {count} on {domain}: a single data node cannot survive a node or zone failure',
    zoneAwarenessNotSet: '{domain} runs {count} data nodes but does not set {property}, so they all sit in one Availability Zone (the default is `false`)',
    zoneAwarenessOff: '{property} is `false` on {domain}, so its {count} data nodes all sit in one Availability Zone',
  },
  fix: {
    cloudformation: `Type: AWS::OpenSearchService::Domain
Properties:
  ClusterConfig:
    InstanceCount: 3                 # a multiple of the zone count
    ZoneAwarenessEnabled: true
    ZoneAwarenessConfig:
      AvailabilityZoneCount: 3       # 2 or 3; give every index at least one replica`,
    terraform: `resource "aws_opensearch_domain" "this" {
  cluster_config {
    instance_count         = 3
    zone_awareness_enabled = true

    zone_awareness_config {
      availability_zone_count = 3 # 2 or 3; give every index at least one replica
    }
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const domain of model.of('aws.opensearch.domain')) {
      const name = describeDomain(domain);
      const nodes = domain.instanceCount;
      const count = effective(nodes, defaultCount);
      if (count === undefined) continue;
      if (count <= 1) {
        const property = settingName(nodes, 'ClusterConfig', 'InstanceCount');
        if (nodes.state === 'absent') report(domain, nodes.at, 'singleNodeDefault', { domain: name, property });
        else report(domain, nodes.at, 'singleNode', { domain: name, property, count });
        continue;
      }
      const zoneAware = domain.zoneAwareness;
      if (effective(zoneAware, false) !== false) continue;
      const property = settingName(zoneAware, 'ClusterConfig', 'ZoneAwarenessEnabled');
      report(domain, zoneAware.at, zoneAware.state === 'absent' ? 'zoneAwarenessNotSet' : 'zoneAwarenessOff', { domain: name, property, count });
    }
  },
});
