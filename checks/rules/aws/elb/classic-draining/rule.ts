import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ELB-CLASSIC-DRAINING',
  title: 'Classic Load Balancers drain connections before deregistering instances',
  problem: 'Classic Load Balancer does not drain connections',
  pillar: 'reliability',
  severity: 'low',
  rationale:
    'Without connection draining, a Classic Load Balancer closes the open connections of an instance as soon as it is deregistered or fails its health check, so every scale-in and deployment cuts off requests in flight. With draining on, it stops sending new requests to the instance and lets existing ones finish for up to the timeout (300 seconds by default). It is off unless enabled, in CloudFormation and in Terraform alike.',
  guide: 'health-checks',
  reads: ['aws.elb.load-balancer'],
  messages: {
    notSet: 'Classic Load Balancer {loadBalancer} does not set {property}, so connections are cut when an instance leaves (the default is `false`)',
    off: '{property} is `false` on Classic Load Balancer {loadBalancer}',
  },
  fix: {
    cloudformation: `Type: AWS::ElasticLoadBalancing::LoadBalancer
Properties:
  ConnectionDrainingPolicy:
    Enabled: true
    Timeout: 60`,
    terraform: `resource "aws_elb" "this" {
  connection_draining         = true
  connection_draining_timeout = 60
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const loadBalancer of model.of('aws.elb.load-balancer')) {
      if (loadBalancer.type !== 'classic') continue;
      const draining = loadBalancer.connectionDraining;
      if (draining.state === 'unknown' || (draining.state === 'known' && draining.value)) continue;
      const property = draining.state === 'absent' ? (draining.block ?? propertyName(draining, 'connection_draining')) : propertyName(draining, 'connection_draining');
      report(loadBalancer, draining.at, draining.state === 'absent' ? 'notSet' : 'off', { loadBalancer: loadBalancer.name, property });
    }
  },
});
