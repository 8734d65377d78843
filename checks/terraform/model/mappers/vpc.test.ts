import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { resourcesOf } from './support/snippets.ts';

beforeAll(loadParser);

describe('aws_vpc', () => {
  it('counts the flow logs that capture each VPC, one per instance of a for_each', () => {
    const vpcs = resourcesOf(
      `variable "environments" {
  default = { staging = "10.3.0.0/16", production = "10.4.0.0/16" }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "environment" {
  for_each   = var.environments
  cidr_block = each.value
}

resource "aws_flow_log" "main" {
  vpc_id       = aws_vpc.main.id
  traffic_type = "ALL"
}

resource "aws_flow_log" "rejected" {
  vpc_id       = aws_vpc.main.id
  traffic_type = "REJECT"
}

resource "aws_flow_log" "environment" {
  for_each     = { staging = 1 }
  vpc_id       = aws_vpc.environment[each.key].id
  traffic_type = "ALL"
}

resource "aws_flow_log" "subnet" {
  subnet_id    = "subnet-0a1b2c3d"
  traffic_type = "ALL"
}
`,
      'aws.ec2.vpc',
    );
    expect(Object.fromEntries([...vpcs].map(([address, vpc]) => [address, vpc.flowLogCount]))).toEqual({
      'aws_vpc.main': 2,
      'aws_vpc.environment["staging"]': 1,
      'aws_vpc.environment["production"]': 0,
    });
  });
});

describe('aws_eip', () => {
  const attachment = (text: string) => Object.fromEntries([...resourcesOf(text, 'aws.ec2.eip')].map(([address, eip]) => [address, eip.attached]));

  it('is attached by its instance, an association, a NAT gateway or a load balancer subnet mapping', () => {
    expect(
      attachment(`resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_eip" "web" {
  instance = aws_instance.web.id
}

resource "aws_eip" "associated" {}

resource "aws_eip_association" "web" {
  allocation_id = aws_eip.associated.id
  instance_id   = "i-0123456789abcdef0"
}

resource "aws_eip" "nat" {
  count = 2
}

resource "aws_nat_gateway" "public" {
  count         = 2
  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = "subnet-0a1b2c3d"
}

resource "aws_eip" "nlb" {}

resource "aws_lb" "network" {
  load_balancer_type = "network"
  subnet_mapping {
    subnet_id     = "subnet-0a1b2c3d"
    allocation_id = aws_eip.nlb.id
  }
}

resource "aws_eip" "spare" {}
`),
    ).toEqual({
      'aws_eip.web': true,
      'aws_eip.associated': true,
      'aws_eip.nat[0]': true,
      'aws_eip.nat[1]': true,
      'aws_eip.nlb': true,
      'aws_eip.spare': false,
    });
  });

  it('cannot tell when the address is handed to user data or an output, but can when only a DNS record reads it', () => {
    expect(
      attachment(`resource "aws_eip" "self_associated" {}

resource "aws_instance" "bastion" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = "aws ec2 associate-address --allocation-id \${aws_eip.self_associated.allocation_id}"
}

resource "aws_eip" "exported" {}

output "allocation_id" {
  value = aws_eip.exported.allocation_id
}

resource "aws_eip" "published" {}

resource "aws_route53_record" "app" {
  zone_id = "Z0123456789"
  name    = "app.example.com"
  type    = "A"
  records = [aws_eip.published.public_ip]
}
`),
    ).toEqual({ 'aws_eip.self_associated': undefined, 'aws_eip.exported': undefined, 'aws_eip.published': false });
  });

  it('cannot tell when an instance is chosen at apply time', () => {
    expect(
      attachment(`variable "instance_id" {
  type = string
}

resource "aws_eip" "chosen" {
  instance = var.instance_id
}
`),
    ).toEqual({ 'aws_eip.chosen': undefined });
  });
});
