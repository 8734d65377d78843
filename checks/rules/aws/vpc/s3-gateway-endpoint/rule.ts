import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-VPC-S3-GATEWAY-ENDPOINT',
  title: 'VPCs with a NAT gateway have an S3 gateway endpoint',
  problem: 'VPC sends S3 traffic through a NAT gateway instead of a gateway endpoint',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'Without an S3 gateway endpoint, every request from a private subnet to Amazon S3 (container image layers pulled from ECR included) leaves through the NAT gateway, which bills each gigabyte it processes on top of its hourly charge. A gateway endpoint costs nothing, keeps that traffic on the AWS network and can carry an endpoint policy. A VPC is reported when compute of the stack runs in a subnet whose routes lead to one of its NAT gateways, or when the stack leaves that open (subnets from parameters, subnets exported to other stacks, a VPC in which nothing of the stack runs); a stack whose compute all runs in subnets that bypass the NAT gateways gains nothing from an endpoint.',
  guide: 'nat-gateway-costs',
  reads: ['aws.ec2.vpc'],
  messages: {
    missing: 'VPC {vpc} has NAT gateway {natGateway} but no S3 gateway endpoint in this stack',
    workload: 'VPC {vpc} has no S3 gateway endpoint in this stack, so {type} {workload} in subnet {subnet} reaches S3 through NAT gateway {natGateway}',
  },
  fix: {
    cloudformation: `S3Endpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcId: !Ref Vpc
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
    VpcEndpointType: Gateway
    RouteTableIds: [!Ref PrivateRouteTableA, !Ref PrivateRouteTableB]   # the routes the NAT gateway serves`,
    terraform: `data "aws_region" "current" {}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.\${data.aws_region.current.name}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = aws_route_table.private[*].id # the routes the NAT gateway serves
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const vpc of model.of('aws.ec2.vpc')) {
      const paths = vpc.egressPaths;
      if (!paths || paths.natGateways.length === 0 || paths.s3GatewayEndpoint !== false) continue;
      // Known to send no S3 traffic through the NAT gateways: compute of the stack all runs in subnets that bypass them.
      const traffic = vpc.natTraffic;
      if (traffic?.state === 'none') continue;
      if (traffic?.state === 'workload')
        report(vpc, vpc.at, 'workload', { vpc: vpc.name, type: traffic.workloadType, workload: traffic.workload, subnet: traffic.subnet, natGateway: traffic.natGateway ?? paths.natGateways[0]! });
      else report(vpc, vpc.at, 'missing', { vpc: vpc.name, natGateway: paths.natGateways[0]! });
    }
  },
});
