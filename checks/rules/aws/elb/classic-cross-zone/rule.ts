import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ELB-CLASSIC-CROSS-ZONE',
  title: 'Classic Load Balancers spread requests across zones',
  problem: 'Classic Load Balancer does not balance across Availability Zones',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'Without cross-zone load balancing, each load balancer node sends requests only to the instances in its own Availability Zone, so a zone with fewer healthy instances gets the same share of traffic as the others and can be overloaded when instances fail. The API and CloudFormation leave it off unless CrossZone is true; the Terraform provider turns it on by default.',
  guide: 'deploy-across-availability-zones',
  reads: ['aws.elb.load-balancer'],
  messages: {
    notSet: 'Classic Load Balancer {loadBalancer} does not set {property}, so cross-zone load balancing is off (the default is `false`)',
    off: '{property} is `false` on Classic Load Balancer {loadBalancer}',
  },
  fix: {
    cloudformation: `Type: AWS::ElasticLoadBalancing::LoadBalancer
Properties:
  CrossZone: true`,
    terraform: `resource "aws_elb" "this" {
  cross_zone_load_balancing = true # the provider default
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const loadBalancer of model.of('aws.elb.load-balancer')) {
      if (loadBalancer.type !== 'classic') continue;
      const crossZone = loadBalancer.crossZone;
      if (crossZone.state === 'unknown' || (crossZone.state === 'known' && crossZone.value)) continue;
      report(loadBalancer, crossZone.at, crossZone.state === 'absent' ? 'notSet' : 'off', { loadBalancer: loadBalancer.name, property: propertyName(crossZone, 'CrossZone') });
    }
  },
});
