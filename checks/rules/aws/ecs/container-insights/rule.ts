import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';

const on = new Set(['enabled', 'enhanced']);

export default defineRule({
  id: 'AWS-ECS-CONTAINER-INSIGHTS',
  title: 'ECS clusters collect Container Insights metrics',
  problem: 'ECS cluster does not collect Container Insights metrics',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'Container Insights records CPU, memory, network and storage use per cluster, service and task, plus task restarts, which the basic ECS metrics do not show; without it, a task that is throttled or keeps being replaced is hard to spot. Clusters collect it only when the containerInsights cluster setting (or the account default) is enabled or enhanced.',
  guide: 'container-monitoring',
  reads: ['aws.ecs.cluster'],
  messages: {
    notSet: 'cluster {cluster} sets no `containerInsights`, so it depends on the account default (disabled unless changed)',
    off: 'cluster {cluster} has `containerInsights` {value}',
  },
  fix: {
    cloudformation: `Type: AWS::ECS::Cluster
Properties:
  ClusterSettings:
    - Name: containerInsights
      Value: enhanced   # or enabled`,
    terraform: `resource "aws_ecs_cluster" "main" {
  name = "main"
  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_65'], trivy: ['AVD-AWS-0034'], kics: ['ab759fde-e1e8-4b0e-ad73-ba856e490ed8'] },

  check(model, report) {
    for (const cluster of model.of('aws.ecs.cluster')) {
      const value = effective(cluster.containerInsights, 'disabled');
      if (value === undefined || on.has(value)) continue;
      if (cluster.containerInsights.state === 'absent') report(cluster, cluster.containerInsights.at, 'notSet', { cluster: cluster.name });
      else report(cluster, cluster.containerInsights.at, 'off', { cluster: cluster.name, value });
    }
  },
});
