import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-VPC-S3-GATEWAY-ENDPOINT',
  title: 'VPCs with a NAT gateway have an S3 gateway endpoint',
  problem: 'VPC sends S3 traffic through a NAT gateway instead of a gateway endpoint',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'Without an S3 gateway endpoint, every request from a private subnet to Amazon S3 (container image layers pulled from ECR included) leaves through the NAT gateway, which bills each gigabyte it processes on top of its hourly charge. A gateway endpoint costs nothing, keeps that traffic on the AWS network and can carry an endpoint policy; only VPCs with a NAT gateway in this stack are checked, since without one S3 traffic takes no billed path.',
  guide: 'nat-gateway-costs',
  reads: ['aws.ec2.vpc'],
  messages: {
    missing: 'VPC {vpc} has NAT gateway {natGateway} but no S3 gateway endpoint in this stack',
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
      report(vpc, vpc.at, 'missing', { vpc: vpc.name, natGateway: paths.natGateways[0]! });
    }
  },
});
