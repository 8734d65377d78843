import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ELB-CLASSIC',
  title: 'Load balancing uses current-generation Application or Network Load Balancers',
  problem: 'Classic Load Balancer in use',
  pillar: 'performance',
  severity: 'medium',
  rationale:
    'Classic Load Balancers are the previous generation of Elastic Load Balancing: they cannot route by path or host, do not support gRPC, HTTP/2 to targets, or IP and Lambda targets, and scale less quickly than Application and Network Load Balancers. AWS recommends migrating to an ALB for HTTP(S) traffic or an NLB for TCP and TLS, and offers a migration wizard that copies the configuration.',
  guide: 'current-generation-instances',
  reads: ['aws.elb.load-balancer'],
  messages: {
    classic: 'load balancer {loadBalancer} is a Classic Load Balancer',
  },
  fix: {
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::LoadBalancer   # instead of AWS::ElasticLoadBalancing::LoadBalancer
Properties:
  Type: application                                  # or network for TCP/TLS
  Subnets: !Ref Subnets
  SecurityGroups: [!Ref LoadBalancerSecurityGroup]`,
    terraform: `resource "aws_lb" "this" { # instead of aws_elb
  load_balancer_type = "application" # or "network" for TCP/TLS
  subnets            = var.subnets
  security_groups    = [aws_security_group.lb.id]
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const loadBalancer of model.of('aws.elb.load-balancer')) {
      if (loadBalancer.type === 'classic') report(loadBalancer, loadBalancer.at, 'classic', { loadBalancer: loadBalancer.name });
    }
  },
});
