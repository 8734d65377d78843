import { describe, expect, it } from 'vitest';
import type { SecurityGroupRule } from '../../../model/aws/network.ts';
import { positionAt } from '../../../source/file.ts';
import { modelOf, value } from './support/snippets.ts';

/** A rule as the tests compare it: direction, protocol, ports, ranges, the line it points at and its owner's address. */
function summary(rule: SecurityGroupRule) {
  return {
    direction: rule.direction,
    protocol: value(rule.protocol),
    ports: [value(rule.fromPort), value(rule.toPort)],
    cidrs: [value(rule.cidrIpv4), value(rule.cidrIpv6)],
    line: positionAt(rule.at.file, rule.at.start).line,
    owner: rule.owner.address,
  };
}

const groupsOf = (text: string) =>
  new Map(
    modelOf(text)
      .of('aws.ec2.security-group')
      .map((group) => [group.address, group.rules.map(summary)]),
  );

describe('security groups', () => {
  it('makes one rule per listed range, each pointing at its range, with protocol numbers named', () => {
    const groups = groupsOf(`resource "aws_security_group" "web" {
  ingress {
    protocol         = "6"
    from_port        = 443
    to_port          = 443
    cidr_blocks      = ["10.0.0.0/8",
                        "0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  egress {
    protocol        = "-1"
    from_port       = 0
    to_port         = 0
    security_groups = ["sg-0123456789abcdef0"]
  }
}
`);
    expect(groups.get('aws_security_group.web')).toEqual([
      { direction: 'ingress', protocol: 'tcp', ports: [443, 443], cidrs: ['10.0.0.0/8', 'absent'], line: 6, owner: 'aws_security_group.web' },
      { direction: 'ingress', protocol: 'tcp', ports: [443, 443], cidrs: ['0.0.0.0/0', 'absent'], line: 7, owner: 'aws_security_group.web' },
      { direction: 'ingress', protocol: 'tcp', ports: [443, 443], cidrs: ['absent', '::/0'], line: 8, owner: 'aws_security_group.web' },
      { direction: 'egress', protocol: '-1', ports: [0, 0], cidrs: ['absent', 'absent'], line: 11, owner: 'aws_security_group.web' },
    ]);
  });

  it('leaves ranges known only at apply time unknown', () => {
    const groups = groupsOf(`variable "cidrs" {
  type = list(string)
}

resource "aws_security_group" "partners" {
  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = var.cidrs
  }
}
`);
    expect(groups.get('aws_security_group.partners')).toEqual([
      { direction: 'ingress', protocol: 'tcp', ports: [22, 22], cidrs: ['unknown', 'unknown'], line: 10, owner: 'aws_security_group.partners' },
    ]);
  });

  it('adds standalone rules to the group they name, owned by the rule resource, and checks a rule of an outside group on its own', () => {
    const groups = groupsOf(`resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0a1b2c3d4e5f60001"
}

resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  security_group_id = aws_default_security_group.default.id
  protocol          = "TCP"
  from_port         = 3389
  to_port           = 3389
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_default_security_group.default.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}

resource "aws_vpc_security_group_ingress_rule" "elsewhere" {
  security_group_id = "sg-0123456789abcdef0"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0"
}
`);
    expect(groups.get('aws_default_security_group.default')).toEqual([
      { direction: 'ingress', protocol: 'tcp', ports: [3389, 3389], cidrs: ['0.0.0.0/0', 'absent'], line: 11, owner: 'aws_security_group_rule.rdp' },
      { direction: 'egress', protocol: '-1', ports: ['absent', 'absent'], cidrs: ['absent', '::/0'], line: 14, owner: 'aws_vpc_security_group_egress_rule.all' },
    ]);
    expect(groups.get('aws_vpc_security_group_ingress_rule.elsewhere')).toEqual([
      { direction: 'ingress', protocol: 'tcp', ports: [22, 22], cidrs: ['0.0.0.0/0', 'absent'], line: 20, owner: 'aws_vpc_security_group_ingress_rule.elsewhere' },
    ]);
  });
});
