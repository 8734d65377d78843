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

describe('what sends S3 traffic through the NAT gateways of a VPC', () => {
  const network = (routing: string, compute: string) => `variable "subnet_ids" {
  type = list(string)
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "private" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_nat_gateway" "egress" {
  subnet_id     = aws_subnet.public.id
  allocation_id = "eipalloc-0123456789abcdef0"
}
${routing}
${compute}
`;
  const routeTable = `resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.egress.id
  }
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private.id
}
`;
  const traffic = (routing: string, compute: string) => modelOf(network(routing, compute)).of('aws.ec2.vpc')[0]!.natTraffic;

  it('names the compute placed in a subnet associated with a route table that routes to a NAT gateway', () => {
    expect(traffic(routeTable, 'resource "aws_autoscaling_group" "workers" {\n  vpc_zone_identifier = aws_subnet.private[*].id\n}')).toEqual({
      state: 'workload',
      workload: 'workers',
      workloadType: 'aws_autoscaling_group',
      subnet: 'aws_subnet.private[0]',
      natGateway: 'aws_nat_gateway.egress',
    });
  });

  it('follows the main route table when the configuration routes it to the NAT gateway', () => {
    const main = `resource "aws_default_route_table" "main" {
  default_route_table_id = aws_vpc.main.default_route_table_id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.egress.id
  }
}
`;
    const lambda = 'resource "aws_lambda_function" "fn" {\n  vpc_config {\n    subnet_ids = [aws_subnet.private[1].id]\n  }\n}';
    expect(traffic(main, lambda)?.state).toBe('workload');
  });

  it('knows nothing crosses the NAT gateway when compute runs only in subnets that bypass it', () => {
    expect(traffic(routeTable, 'resource "aws_instance" "web" {\n  subnet_id = aws_subnet.public.id\n}')).toEqual({ state: 'none' });
    const web = 'resource "aws_instance" "web" {\n  subnet_id = aws_subnet.public.id\n}\n';
    // Outside the VPC: no subnet at all.
    expect(traffic(routeTable, `${web}resource "aws_lambda_function" "fn" {\n  function_name = "fn"\n}`)).toEqual({ state: 'none' });
    expect(traffic(routeTable, `${web}resource "aws_db_subnet_group" "db" {\n  subnet_ids = aws_subnet.private[*].id\n}`)).toEqual({ state: 'none' });
  });

  it('leaves it open when placement or routing is decided outside the configuration', () => {
    expect(traffic(routeTable, 'resource "aws_instance" "web" {\n  subnet_id = var.subnet_ids[0]\n}')).toEqual({ state: 'unknown' });
    // Nothing of the configuration runs in the VPC: it is there for what is deployed elsewhere.
    expect(traffic(routeTable, 'resource "aws_lambda_function" "fn" {\n  function_name = "fn"\n}')).toEqual({ state: 'unknown' });
    expect(traffic(routeTable, 'output "private" {\n  value = aws_subnet.private[*].id\n}')).toEqual({ state: 'unknown' });
    expect(traffic(routeTable, 'module "app" {\n  source  = "./app"\n  subnets = aws_subnet.private[*].id\n}')).toEqual({ state: 'unknown' });
    // A resource type not known to keep its S3 traffic off the NAT gateway.
    expect(traffic(routeTable, 'resource "aws_dms_replication_subnet_group" "dms" {\n  subnet_ids = aws_subnet.private[*].id\n}')).toEqual({ state: 'unknown' });
    // No route of the configuration targets the NAT gateway: the routes to it are made elsewhere.
    expect(traffic('', 'resource "aws_instance" "web" {\n  subnet_id = aws_subnet.public.id\n}')).toEqual({ state: 'unknown' });
  });
});
