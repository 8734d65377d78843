import { defineRule } from '../../../rule.ts';
import { listenerName } from '../names.ts';

export default defineRule({
  id: 'AWS-ELB-HTTPS',
  title: 'Load balancer HTTP listeners redirect every request to HTTPS',
  problem: 'Load balancer HTTP listener serves plain HTTP instead of redirecting to HTTPS',
  pillar: 'security',
  severity: 'high',
  rationale:
    'A listener that answers plain HTTP sends requests, cookies and responses across the network unencrypted, where anyone on the path can read or alter them. Application Load Balancers can answer port 80 with a redirect to HTTPS instead; classic load balancers cannot redirect, so their HTTP listeners should be replaced by HTTPS ones.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.elb.listener'],
  messages: {
    plainHttp: '{listener}: the {where} serves plain HTTP instead of redirecting every request to HTTPS',
  },
  fix: {
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::Listener
Properties:
  LoadBalancerArn: !Ref LoadBalancer
  Protocol: HTTP
  Port: 80
  DefaultActions:
    - Type: redirect
      RedirectConfig:
        Protocol: HTTPS
        Port: "443"
        StatusCode: HTTP_301`,
    terraform: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  protocol          = "HTTP"
  port              = 80

  default_action {
    type = "redirect"
    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_2'], trivy: ['AVD-AWS-0054'], kics: ['275a3217-ca37-40c1-a6cf-bb57d245ab32'], cfn_nag: ['W56'] },

  check(model, report) {
    for (const listener of model.of('aws.elb.listener')) {
      if (listener.protocol.state !== 'known' || listener.protocol.value !== 'HTTP' || listener.redirectsToHttps !== false) continue;
      report(listener, listener.protocol.at, 'plainHttp', { listener: listener.name, where: listenerName(listener) });
    }
  },
});
