import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { modelOf, value, where } from './support/snippets.ts';

beforeAll(loadParser);

describe('aws_lb and its listeners', () => {
  it('reads type and access logs, and joins listeners and listener rules to it', () => {
    const model = modelOf(`resource "aws_lb" "web" {
  access_logs {
    bucket  = "logs"
    enabled = true
  }
}

resource "aws_lb" "network" {
  load_balancer_type = "network"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80

  default_action {
    type = "redirect"
    redirect {
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener_rule" "health" {
  listener_arn = aws_lb_listener.http.arn
  action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}

resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.network.arn
  port              = 443
  protocol          = "tls"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  default_action {
    type = "forward"
  }
}
`);
    const [web, network] = model.of('aws.elb.load-balancer');
    expect([web!.type, value(web!.accessLogs), network!.type, value(network!.accessLogs)]).toEqual(['application', true, 'network', 'absent']);
    const http = web!.listeners[0]!;
    // The provider's default protocol for an application load balancer's listener.
    expect(where(http.protocol)).toEqual({ value: 'HTTP', line: 12, property: 'protocol' });
    // The default action redirects, but a rule forwards some requests over HTTP.
    expect(http.redirectsToHttps).toBe(false);
    const tls = network!.listeners[0]!;
    expect([value(tls.protocol), value(tls.port), value(tls.sslPolicy), tls.redirectsToHttps]).toEqual(['TLS', 443, 'ELBSecurityPolicy-TLS13-1-2-2021-06', false]);
  });

  it('leaves access logs off when only a bucket is named', () => {
    const [loadBalancer] = modelOf(`resource "aws_alb" "web" {
  access_logs {
    bucket = "logs"
  }
}
`).of('aws.elb.load-balancer');
    expect(where(loadBalancer!.accessLogs)).toEqual({ value: 'absent', line: 2, property: 'enabled' });
  });
});

describe('aws_elb', () => {
  it('turns each listener block into a listener that cannot redirect, with access logs on once the block is written', () => {
    const model = modelOf(`resource "aws_elb" "classic" {
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
  access_logs {
    bucket = "logs"
  }
}
`);
    const [classic] = model.of('aws.elb.load-balancer');
    expect([classic!.type, value(classic!.accessLogs)]).toEqual(['classic', true]);
    expect(model.of('aws.elb.listener').map((listener) => [value(listener.protocol), value(listener.port), listener.redirectsToHttps])).toEqual([['HTTP', 80, false]]);
  });

  it('takes SSL negotiation policies from the resources that attach them to a port', () => {
    const model = modelOf(`resource "aws_elb" "classic" {
  name = "classic"
  listener {
    lb_port     = 443
    lb_protocol = "https"
  }
  listener {
    lb_port     = 8443
    lb_protocol = "ssl"
  }
  listener {
    lb_port     = 9443
    lb_protocol = "https"
  }
}

resource "aws_load_balancer_policy" "modern" {
  load_balancer_name = aws_elb.classic.name
  policy_name        = "modern"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.classic.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.modern.policy_name]
}

resource "aws_lb_ssl_negotiation_policy" "custom" {
  name          = "custom"
  load_balancer = "classic"
  lb_port       = 8443
  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
  attribute {
    name  = "Protocol-TLSv1"
    value = "false"
  }
}

resource "aws_load_balancer_listener_policy" "unknown" {
  load_balancer_name = aws_elb.classic.name
  load_balancer_port = 9443
  policy_names       = ["made-elsewhere"]
}
`);
    const byPort = Object.fromEntries(model.of('aws.elb.listener').map((listener) => [value(listener.port), [value(listener.sslPolicy), listener.customProtocols && value(listener.customProtocols)]]));
    expect(byPort).toEqual({
      443: ['ELBSecurityPolicy-TLS-1-2-2017-01', undefined],
      8443: ['custom', ['TLSv1.2']],
      // A policy made outside this configuration may be the SSL policy.
      9443: ['unknown', undefined],
    });
  });

  it('reads header dropping on an ALB and the provider’s cross-zone default on a classic load balancer', () => {
    const model = modelOf(`resource "aws_lb" "web" {
  drop_invalid_header_fields = true
}

resource "aws_elb" "old" {
  connection_draining = true
}
`);
    const [alb, classic] = model.of('aws.elb.load-balancer');
    expect(where(alb!.dropInvalidHeaderFields)).toEqual({ value: true, line: 2, property: 'drop_invalid_header_fields' });
    expect(where(classic!.crossZone)).toEqual({ value: true, line: 5, property: 'cross_zone_load_balancing' });
    expect(where(classic!.connectionDraining)).toEqual({ value: true, line: 6, property: 'connection_draining' });
  });
});
