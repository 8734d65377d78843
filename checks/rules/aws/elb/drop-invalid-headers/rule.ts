import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ELB-DROP-INVALID-HEADERS',
  title: 'Application load balancers drop invalid HTTP header fields',
  problem: 'Application load balancer passes invalid HTTP header fields to its targets',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'By default an Application Load Balancer forwards header fields whose names do not match the HTTP grammar (for example names with underscores or other unusual characters) to its targets. Targets and proxies that parse such headers differently from the load balancer open the door to request smuggling and header injection. Turning on drop_invalid_header_fields removes them before the request is routed.',
  guide: 'waf-and-shield',
  reads: ['aws.elb.load-balancer'],
  messages: {
    notSet: 'application load balancer {loadBalancer} does not set {property}, so invalid header fields reach its targets (the default is `false`)',
    off: '{property} is `false` on application load balancer {loadBalancer}',
  },
  fix: {
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::LoadBalancer
Properties:
  LoadBalancerAttributes:
    - Key: routing.http.drop_invalid_header_fields.enabled
      Value: "true"`,
    terraform: `resource "aws_lb" "this" {
  load_balancer_type         = "application"
  drop_invalid_header_fields = true
}`,
  },
  equivalents: { checkov: ['CKV_AWS_131'], trivy: ['AVD-AWS-0052'] },

  check(model, report) {
    for (const loadBalancer of model.of('aws.elb.load-balancer')) {
      if (loadBalancer.type !== 'application') continue;
      const drop = loadBalancer.dropInvalidHeaderFields;
      if (drop.state === 'unknown' || (drop.state === 'known' && drop.value)) continue;
      const property = propertyName(drop, 'drop_invalid_header_fields');
      report(loadBalancer, drop.at, drop.state === 'absent' ? 'notSet' : 'off', { loadBalancer: loadBalancer.name, property });
    }
  },
});
