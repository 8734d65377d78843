import type { LoadBalancer } from '../../../../model/aws/network.ts';
import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { loadBalancerName } from '../names.ts';

/**
 * Application and classic load balancers log every request. Network load balancers log only TLS connections,
 * so logging matters only when one has a TLS listener; gateway load balancers have no access logs.
 */
function writesAccessLogs(loadBalancer: LoadBalancer): boolean {
  if (loadBalancer.type === 'application' || loadBalancer.type === 'classic') return true;
  return loadBalancer.type === 'network' && loadBalancer.listeners.some((listener) => listener.protocol.state === 'known' && listener.protocol.value === 'TLS');
}

export default defineRule({
  id: 'AWS-ELB-ACCESS-LOGS',
  title: 'Load balancers write access logs',
  problem: 'Load balancer writes no access logs',
  pillar: 'operations',
  severity: 'medium',
  rationale:
    'Access logs record every request a load balancer receives: client address, path, status codes, latencies and TLS details. They are off by default, and without them there is no record to investigate an incident, an error spike or a suspicious client after the fact.',
  guide: 'access-logging',
  reads: ['aws.elb.load-balancer'],
  messages: {
    notSet: '{loadBalancer} does not turn on access logs (they are off by default)',
    off: 'access logs are switched off on {loadBalancer}',
  },
  fix: {
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::LoadBalancer
Properties:
  LoadBalancerAttributes:
    - Key: access_logs.s3.enabled
      Value: "true"
    - Key: access_logs.s3.bucket
      Value: !Ref AccessLogsBucket
    - Key: access_logs.s3.prefix
      Value: my-alb`,
    terraform: `resource "aws_lb" "this" {
  # ...
  access_logs {
    bucket  = aws_s3_bucket.access_logs.id
    prefix  = "my-alb"
    enabled = true
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_91', 'CKV_AWS_92'], kics: ['ee12ad32-2863-4c0f-b13f-28272d115028'], cfn_nag: ['W26', 'W52'] },

  check(model, report) {
    for (const loadBalancer of model.of('aws.elb.load-balancer')) {
      if (!writesAccessLogs(loadBalancer) || effective(loadBalancer.accessLogs, false) !== false) continue;
      report(loadBalancer, loadBalancer.accessLogs.at, loadBalancer.accessLogs.state === 'absent' ? 'notSet' : 'off', { loadBalancer: loadBalancerName(loadBalancer) });
    }
  },
});
