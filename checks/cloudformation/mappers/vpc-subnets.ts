/**
 * Subnets (their VPC and `MapPublicIpOnLaunch`), and what the NAT gateways and VPC endpoints of the template tell
 * about each VPC's route to Amazon S3.
 */
import type { Subnet } from '../../model/aws/network.ts';
import { endpointService, isGatewayEndpoint, isPublicNat, recordEndpoint, recordNatGateway, vpcNamed } from '../../read/aws/vpc-endpoints.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, referencedResource, text, type ResourceReader } from '../read.ts';
import { mentions } from './support/ec2-references.ts';

/** A public NAT gateway, in a subnet (zonal) or, regional, in the VPC itself. */
function linkNatGateway(reader: ResourceReader, links: Links): void {
  if (isPublicNat(text(reader.get('ConnectivityType'))) !== true) return;
  const vpc = vpcNamed(links, referencedResource(reader.get('VpcId'))) ?? vpcNamed(links, referencedResource(reader.get('SubnetId')));
  if (vpc) recordNatGateway(vpc, reader.resource.logicalId);
}

function linkEndpoint(reader: ResourceReader, links: Links): void {
  const name = reader.get('ServiceName');
  const source = name.value ? reader.ctx.template.file.text.slice(name.value.node.start, name.value.node.end) : '';
  const service = endpointService(text(name), source);
  const gateway = isGatewayEndpoint(text(reader.get('VpcEndpointType')));
  const vpcId = reader.get('VpcId');
  const named = vpcNamed(links, referencedResource(vpcId));
  if (named) return recordEndpoint(named, true, service, gateway);
  // `!If [Shared, !Ref SharedVpcId, !Ref Vpc]`: the endpoint may be in the VPC.
  if (vpcId.value?.kind === 'unknown') for (const vpc of links.model.of('aws.ec2.vpc')) if (mentions(vpcId.value.node, vpc.name)) recordEndpoint(vpc, false, service, gateway);
}

const vpcSubnets: CfnMapper = {
  types: ['AWS::EC2::Subnet', 'AWS::EC2::NatGateway', 'AWS::EC2::VPCEndpoint'],
  kinds: ['aws.ec2.subnet', 'aws.ec2.vpc'],

  build(reader, base) {
    if (reader.resource.type !== 'AWS::EC2::Subnet') return undefined;
    return { ...base, kind: 'aws.ec2.subnet', mapPublicIpOnLaunch: bool(reader.get('MapPublicIpOnLaunch')), vpc: referencedResource(reader.get('VpcId')) } satisfies Subnet;
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::EC2::NatGateway') linkNatGateway(reader, links);
    else if (reader.resource.type === 'AWS::EC2::VPCEndpoint') linkEndpoint(reader, links);
  },
};
export default vpcSubnets;
