/**
 * `aws_subnet` (its VPC and `map_public_ip_on_launch`), and what `aws_nat_gateway` and `aws_vpc_endpoint` tell about
 * each VPC's route to Amazon S3.
 */
import type { Subnet } from '../../../model/aws/network.ts';
import { endpointService, isGatewayEndpoint, isPublicNat, recordEndpoint, recordNatGateway, vpcNamed } from '../../../read/aws/vpc-endpoints.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, referencedResource, text } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';
import { mentions } from '../references.ts';

/** A public NAT gateway, in a subnet (zonal) or, regional, in the VPC itself. */
function linkNatGateway(reader: TfReader, links: Links<TfReader>): void {
  if (isPublicNat(text(reader.get('connectivity_type'))) !== true) return;
  const vpc = vpcNamed(links, referencedResource(reader.get('vpc_id'))) ?? vpcNamed(links, referencedResource(reader.get('subnet_id')));
  if (vpc) recordNatGateway(vpc, reader.resource.address);
}

function linkEndpoint(reader: TfReader, links: Links<TfReader>): void {
  const name = reader.get('service_name');
  const source = name.value ? reader.resource.file.text.slice(name.value.start, name.value.end) : '';
  const service = endpointService(text(name), source);
  const gateway = isGatewayEndpoint(text(reader.get('vpc_endpoint_type')));
  const vpcId = reader.get('vpc_id');
  const named = vpcNamed(links, referencedResource(vpcId));
  if (named) return recordEndpoint(named, true, service, gateway);
  // `var.shared ? var.vpc_id : aws_vpc.main.id`: the endpoint may be in the VPC.
  if (vpcId.value?.kind === 'unknown') for (const vpc of links.model.of('aws.ec2.vpc')) if (mentions(reader, vpcId, vpc.address)) recordEndpoint(vpc, false, service, gateway);
}

const vpcSubnets: Mapper<TfReader> = {
  types: ['aws_subnet', 'aws_nat_gateway', 'aws_vpc_endpoint'],
  kinds: ['aws.ec2.subnet', 'aws.ec2.vpc'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_subnet') return undefined;
    return { ...base, kind: 'aws.ec2.subnet', mapPublicIpOnLaunch: bool(reader.get('map_public_ip_on_launch')), vpc: referencedResource(reader.get('vpc_id')) } satisfies Subnet;
  },

  link(reader, links) {
    if (reader.resource.type === 'aws_nat_gateway') linkNatGateway(reader, links);
    else if (reader.resource.type === 'aws_vpc_endpoint') linkEndpoint(reader, links);
  },
};
export default vpcSubnets;
