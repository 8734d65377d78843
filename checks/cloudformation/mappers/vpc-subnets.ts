/**
 * Subnets (their VPC and `MapPublicIpOnLaunch`), what the NAT gateways and VPC endpoints of the template tell
 * about each VPC's route to Amazon S3, and which compute of the template sends that traffic through a NAT gateway.
 */
import type { Subnet } from '../../model/aws/network.ts';
import type { Model } from '../../model/model.ts';
import { valueOf } from '../../parse/tree.ts';
import { natTrafficOf, noFacts, notWorkloadTypes, placementOf, workloadTypes, type RoutingFacts } from '../../read/aws/nat-routing.ts';
import { endpointService, isGatewayEndpoint, isPublicNat, recordEndpoint, recordNatGateway, vpcNamed } from '../../read/aws/vpc-endpoints.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, referencedResource, text, type Cursor, type ResourceReader } from '../read.ts';
import { launchTemplateId, mentions } from './support/ec2-references.ts';
import { samFunctionGlobals } from './support/sam-globals.ts';

/** A public NAT gateway, in a subnet (zonal) or, regional, in the VPC itself; `undefined` when not one of a VPC of the template. */
function natVpc(reader: ResourceReader, links: Links): string | undefined {
  if (isPublicNat(text(reader.get('ConnectivityType'))) !== true) return undefined;
  return (vpcNamed(links, referencedResource(reader.get('VpcId'))) ?? vpcNamed(links, referencedResource(reader.get('SubnetId'))))?.name;
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

/** Resources of a type the setting refers to: the one it names, or those a value chosen at deploy time (`!If`) may be. */
function referencedOfType(cursor: Cursor, links: Links, type: string): string[] {
  const named = referencedResource(cursor);
  if (named !== undefined) return links.reader(named)?.resource.type === type ? [named] : [];
  if (cursor.value?.kind !== 'unknown') return [];
  const node = cursor.value.node;
  return links.names().filter((name) => links.reader(name)?.resource.type === type && mentions(node, name));
}

/** Routes, associations and placements of one template scenario, read once for all its VPCs. */
const factsByModel = new WeakMap<Model, RoutingFacts>();

function routingFacts(vpcReader: ResourceReader, links: Links): RoutingFacts {
  const cached = factsByModel.get(links.model);
  if (cached) return cached;
  const facts = noFacts();
  const subnets = links.model.of('aws.ec2.subnet').map((subnet) => subnet.name);
  const isSubnet = (name: string) => links.resource(name)?.kind === 'aws.ec2.subnet';
  const mentionedSubnets = (cursor: Cursor) => (cursor.value ? subnets.filter((subnet) => mentions(cursor.value!.node, subnet)) : []);
  for (const name of links.names()) {
    const reader = links.reader(name);
    const type = reader?.resource.type;
    if (!reader || !type) continue;
    if (type === 'AWS::EC2::RouteTable') facts.tables.set(name, referencedResource(reader.get('VpcId')));
    else if (type === 'AWS::EC2::Route') {
      const natId = reader.get('NatGatewayId');
      const nats = [natId, reader.get('GatewayId')].flatMap((cursor) => referencedOfType(cursor, links, 'AWS::EC2::NatGateway'));
      if (nats.length === 0 && natId.value === undefined) continue;
      const tables = referencedOfType(reader.get('RouteTableId'), links, 'AWS::EC2::RouteTable');
      for (const table of tables.length > 0 ? tables : [undefined]) for (const nat of nats.length > 0 ? nats : [undefined]) facts.natRoutes.push({ table, nat });
    } else if (type === 'AWS::EC2::SubnetRouteTableAssociation') {
      const subnet = referencedResource(reader.get('SubnetId'));
      const table = referencedResource(reader.get('RouteTableId'));
      if (subnet !== undefined && isSubnet(subnet)) facts.associations.set(subnet, links.reader(table ?? '')?.resource.type === 'AWS::EC2::RouteTable' ? table : undefined);
      else for (const maybe of mentionedSubnets(reader.get('SubnetId'))) facts.maybeAssociated.add(maybe);
    } else if (workloadTypes.has(type)) {
      let placement = placementOf(reader, reader.properties, isSubnet, mentionedSubnets);
      const globals = type === 'AWS::Serverless::Function' && !placement.found ? samFunctionGlobals(reader) : undefined;
      if (globals) placement = placementOf(reader, globals, isSubnet, mentionedSubnets);
      // An instance that names no subnet runs where its launch template puts it; one from outside the template may put it anywhere.
      const template = reader.get('LaunchTemplate');
      const outsideTemplate = type === 'AWS::EC2::Instance' && !placement.found && template.value !== undefined && launchTemplateId(reader, template) === undefined;
      facts.workloads.push({ name, type, subnets: placement.subnets, unresolved: placement.unresolved || outsideTemplate });
    } else if (!notWorkloadTypes.has(type) && reader.resource.properties) {
      for (const subnet of subnets) if (mentions(reader.resource.properties, subnet)) facts.mentioned.add(subnet);
    }
  }
  // A subnet the template outputs (or exports) is for what other stacks deploy into it.
  const outputs = valueOf(vpcReader.ctx.template.root, 'Outputs');
  if (outputs) for (const subnet of subnets) if (mentions(outputs, subnet)) facts.mentioned.add(subnet);
  factsByModel.set(links.model, facts);
  return facts;
}

function linkVpc(reader: ResourceReader, links: Links): void {
  const vpc = links.resource(reader.resource.logicalId);
  if (vpc?.kind !== 'aws.ec2.vpc') return;
  const subnets = links.model
    .of('aws.ec2.subnet')
    .filter((subnet) => subnet.vpc === vpc.name)
    .map((subnet) => subnet.name);
  const nats = links.names().filter((name) => links.reader(name)?.resource.type === 'AWS::EC2::NatGateway' && natVpc(links.reader(name)!, links) === vpc.name);
  vpc.natTraffic = natTrafficOf(vpc.name, subnets, nats, routingFacts(reader, links));
}

const vpcSubnets: CfnMapper = {
  types: ['AWS::EC2::Subnet', 'AWS::EC2::NatGateway', 'AWS::EC2::VPCEndpoint', 'AWS::EC2::VPC'],
  kinds: ['aws.ec2.subnet', 'aws.ec2.vpc'],

  build(reader, base) {
    if (reader.resource.type !== 'AWS::EC2::Subnet') return undefined;
    return { ...base, kind: 'aws.ec2.subnet', mapPublicIpOnLaunch: bool(reader.get('MapPublicIpOnLaunch')), vpc: referencedResource(reader.get('VpcId')) } satisfies Subnet;
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'AWS::EC2::NatGateway') {
      const vpc = links.resource(natVpc(reader, links) ?? '');
      if (vpc?.kind === 'aws.ec2.vpc') recordNatGateway(vpc, reader.resource.logicalId);
    } else if (type === 'AWS::EC2::VPCEndpoint') linkEndpoint(reader, links);
    else if (type === 'AWS::EC2::VPC') linkVpc(reader, links);
  },
};
export default vpcSubnets;
