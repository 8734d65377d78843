import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { listenerName } from '../names.ts';
import { defaultSecurityPolicy, encryptedProtocols, isTls12AndLater, legacyProtocols } from '../security-policies.ts';

export default defineRule({
  id: 'AWS-ELB-TLS-POLICY',
  title: 'Load balancer HTTPS and TLS listeners use a TLS 1.2+ security policy',
  problem: 'Load balancer listener accepts TLS versions older than 1.2',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'The security policy decides which protocol versions and ciphers a listener accepts. A listener created through CloudFormation or the API without a policy gets ELBSecurityPolicy-2016-08, which still accepts TLS 1.0 and 1.1; both are deprecated (RFC 8996) and weaker ciphers come with them. A TLS 1.3 policy that keeps TLS 1.2 for older clients is the usual choice.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.elb.listener'],
  messages: {
    customLegacy: '{listener}: the custom security policy of the {where} enables {protocols}',
    defaultPolicy: '{listener}: the {where} sets no security policy, so it gets {policy}, which accepts TLS 1.0 and 1.1',
    oldPolicy: '{listener}: security policy {policy} on the {where} accepts protocols older than TLS 1.2',
  },
  fix: {
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::Listener
Properties:
  LoadBalancerArn: !Ref LoadBalancer
  Protocol: HTTPS
  Port: 443
  SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
  Certificates:
    - CertificateArn: !Ref Certificate`,
    terraform: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  protocol          = "HTTPS"
  port              = 443
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.this.arn
  # default_action { ... }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_103'], trivy: ['AVD-AWS-0047'], kics: ['61a94903-3cd3-4780-88ec-fc918819b9c8'], cfn_nag: ['W55'] },

  check(model, report) {
    for (const listener of model.of('aws.elb.listener')) {
      if (listener.protocol.state !== 'known' || !encryptedProtocols.has(listener.protocol.value)) continue;
      const where = listenerName(listener);
      if (listener.customProtocols) {
        const custom = listener.customProtocols;
        const legacy = custom.state === 'known' ? custom.value.filter((protocol) => legacyProtocols.has(protocol)) : [];
        if (legacy.length > 0) report(listener, custom.at, 'customLegacy', { listener: listener.name, where, protocols: legacy });
        continue;
      }
      const policy = effective(listener.sslPolicy, defaultSecurityPolicy);
      if (policy === undefined || isTls12AndLater(policy)) continue;
      report(listener, listener.sslPolicy.at, listener.sslPolicy.state === 'absent' ? 'defaultPolicy' : 'oldPolicy', { listener: listener.name, where, policy });
    }
  },
});
