import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { modelOf, where } from './support/snippets.ts';

beforeAll(loadParser);

describe('aws_subnet', () => {
  it('reads map_public_ip_on_launch and the VPC, one subnet per count instance', () => {
    const model = modelOf(`resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet("10.0.0.0/16", 8, count.index)
  map_public_ip_on_launch = true
}
`);
    const subnets = model.of('aws.ec2.subnet');
    expect(subnets.map((subnet) => [subnet.address, subnet.vpc])).toEqual([
      ['aws_subnet.public[0]', 'aws_vpc.main'],
      ['aws_subnet.public[1]', 'aws_vpc.main'],
    ]);
    expect(where(subnets[0]!.mapPublicIpOnLaunch)).toEqual({ value: true, line: 9, property: 'map_public_ip_on_launch' });
  });
});

describe('NAT gateways and VPC endpoints of a VPC', () => {
  const network = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_nat_gateway" "egress" {
  count         = 2
  subnet_id     = aws_subnet.public[count.index].id
  allocation_id = "eipalloc-0123456789abcdef0"
}

resource "aws_nat_gateway" "internal" {
  subnet_id         = aws_subnet.public[0].id
  connectivity_type = "private"
}
`;

  it('lists the public NAT gateways in the VPC subnets, and no S3 endpoint when there is none', () => {
    const vpc = modelOf(network).of('aws.ec2.vpc')[0]!;
    expect(vpc.egressPaths).toEqual({ natGateways: ['aws_nat_gateway.egress[0]', 'aws_nat_gateway.egress[1]'], s3GatewayEndpoint: false });
  });

  it('finds an S3 gateway endpoint whose service name is computed, and ignores interface and other endpoints', () => {
    const endpoints = (serviceName: string, extra = '') => `${network}
data "aws_region" "current" {}

resource "aws_vpc_endpoint" "this" {
  vpc_id       = aws_vpc.main.id
  service_name = ${serviceName}
  ${extra}
}
`;
    const s3 = (text: string) => modelOf(text).of('aws.ec2.vpc')[0]!.egressPaths?.s3GatewayEndpoint;
    expect(s3(endpoints('"com.amazonaws.${data.aws_region.current.name}.s3"'))).toBe(true);
    expect(s3(endpoints('"com.amazonaws.eu-west-1.s3"', 'vpc_endpoint_type = "Gateway"'))).toBe(true);
    expect(s3(endpoints('"com.amazonaws.eu-west-1.s3"', 'vpc_endpoint_type = "Interface"'))).toBe(false);
    expect(s3(endpoints('"com.amazonaws.${data.aws_region.current.name}.dynamodb"'))).toBe(false);
    expect(s3(endpoints('"com.amazonaws.eu-west-1.s3express"'))).toBe(false);
    // A name passed in from outside may be S3: undecided.
    expect(s3(endpoints('var.service_name'))).toBeUndefined();
  });
});
