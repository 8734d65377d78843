/**
 * `aws_subnet` (its VPC and `map_public_ip_on_launch`), what `aws_nat_gateway` and `aws_vpc_endpoint` tell about
 * each VPC's route to Amazon S3, and which compute of the configuration sends that traffic through a NAT gateway.
 */
import type { Subnet } from '../../../model/aws/network.ts';
import type { Model } from '../../../model/model.ts';
import { natTrafficOf, noFacts, notWorkloadTypes, placementOf, workloadTypes, type RoutingFacts } from '../../../read/aws/nat-routing.ts';
import { endpointService, isGatewayEndpoint, isPublicNat, recordEndpoint, recordNatGateway, vpcNamed } from '../../../read/aws/vpc-endpoints.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, referencedResource, text } from '../../../read/convert.ts';
import type { SourceFile } from '../../../source/file.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { mentionMatches, mentions, mentionsIn } from '../references.ts';

/** A public NAT gateway, in a subnet (zonal) or, regional, in the VPC itself: the address of its VPC in the configuration. */
function natVpc(reader: TfReader, links: Links<TfReader>): string | undefined {
  if (isPublicNat(text(reader.get('connectivity_type'))) !== true) return undefined;
  return (vpcNamed(links, referencedResource(reader.get('vpc_id'))) ?? vpcNamed(links, referencedResource(reader.get('subnet_id'))))?.address;
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

const routeTableTypes = new Set(['aws_route_table', 'aws_default_route_table']);

/** Resources of the given types a setting refers to: the one it names, or those a value known only at apply time may be. */
function referencedOfTypes(reader: TfReader, cursor: Cursor, links: Links<TfReader>, types: ReadonlySet<string>): string[] {
  const named = referencedResource(cursor);
  if (named !== undefined) return types.has(links.reader(named)?.resource.type ?? '') ? [named] : [];
  if (cursor.value?.kind !== 'unknown') return [];
  const found = mentionsIn(reader, cursor);
  return links.names().filter((name) => types.has(links.reader(name)?.resource.type ?? '') && found.some((mention) => mentionMatches(mention, name)));
}

const natTypes = new Set(['aws_nat_gateway']);

/** Routes to NAT gateways, written inline in a route table (`route { nat_gateway_id }`) or as `aws_route`. */
function readRoutes(reader: TfReader, links: Links<TfReader>, table: string | undefined, routes: Cursor[], facts: RoutingFacts): void {
  for (const route of routes) {
    const natId = reader.field(route, 'nat_gateway_id');
    const nats = [natId, reader.field(route, 'gateway_id')].flatMap((cursor) => referencedOfTypes(reader, cursor, links, natTypes));
    if (nats.length === 0 && natId.value === undefined) continue;
    for (const nat of nats.length > 0 ? nats : [undefined]) facts.natRoutes.push({ table, nat });
  }
}

/** `aws_subnet.private` written outside every resource block of its file: in an output, a module call, a local. */
function mentionsOutsideResources(links: Links<TfReader>, subnets: readonly string[], facts: RoutingFacts): void {
  const spans = new Map<SourceFile, { start: number; end: number }[]>();
  for (const name of links.names()) {
    const resource = links.reader(name)?.resource;
    if (resource) spans.set(resource.file, [...(spans.get(resource.file) ?? []), { start: resource.start, end: resource.end }]);
  }
  for (const [file, blocks] of spans) {
    for (const match of file.text.matchAll(/(?<![\w.])aws_subnet\.([A-Za-z_][\w-]*)/g)) {
      if (blocks.some((block) => match.index >= block.start && match.index < block.end)) continue;
      const written = `aws_subnet.${match[1]}`;
      for (const subnet of subnets) if (subnet.endsWith(written) || subnet.replace(/\[[^\]]*\]$/, '').endsWith(written)) facts.mentioned.add(subnet);
    }
  }
}

/** Routes, associations and placements of the configuration, read once for all its VPCs. */
const factsByModel = new WeakMap<Model, RoutingFacts>();

function routingFacts(links: Links<TfReader>): RoutingFacts {
  const cached = factsByModel.get(links.model);
  if (cached) return cached;
  const facts = noFacts();
  const subnets = links.model.of('aws.ec2.subnet').map((subnet) => subnet.address);
  const isSubnet = (name: string) => links.resource(name)?.kind === 'aws.ec2.subnet';
  for (const name of links.names()) {
    const reader = links.reader(name);
    const type = reader?.resource.type;
    if (!reader || !type) continue;
    const mentionedSubnets = (cursor: Cursor) => {
      const found = mentionsIn(reader, cursor);
      return subnets.filter((subnet) => found.some((mention) => mentionMatches(mention, subnet)));
    };
    if (routeTableTypes.has(type)) {
      const vpc = type === 'aws_route_table' ? referencedResource(reader.get('vpc_id')) : referencedResource(reader.get('default_route_table_id'));
      const known = vpc !== undefined && links.resource(vpc)?.kind === 'aws.ec2.vpc';
      facts.tables.set(name, known ? vpc : undefined);
      if (type === 'aws_default_route_table' && known) facts.mainTables.set(vpc, name);
      const routes = reader.get('route');
      if (routes.value?.kind === 'unknown') facts.unreadTables.add(name);
      readRoutes(reader, links, type === 'aws_default_route_table' && !known ? undefined : name, reader.blocks(routes), facts);
    } else if (type === 'aws_route') {
      const tables = referencedOfTypes(reader, reader.get('route_table_id'), links, routeTableTypes);
      for (const table of tables.length > 0 ? tables : [undefined]) readRoutes(reader, links, table, [reader.properties], facts);
    } else if (type === 'aws_route_table_association') {
      const subnet = referencedResource(reader.get('subnet_id'));
      const table = referencedOfTypes(reader, reader.get('route_table_id'), links, routeTableTypes);
      if (subnet !== undefined && isSubnet(subnet)) facts.associations.set(subnet, referencedResource(reader.get('route_table_id')) !== undefined ? table[0] : undefined);
      else for (const maybe of mentionedSubnets(reader.get('subnet_id'))) facts.maybeAssociated.add(maybe);
    } else if (type === 'aws_main_route_table_association') {
      const vpc = referencedResource(reader.get('vpc_id'));
      const table = referencedOfTypes(reader, reader.get('route_table_id'), links, routeTableTypes);
      if (vpc !== undefined) facts.mainTables.set(vpc, referencedResource(reader.get('route_table_id')) !== undefined ? table[0] : undefined);
      else for (const candidate of links.model.of('aws.ec2.vpc')) facts.mainTables.set(candidate.address, undefined);
    } else if (workloadTypes.has(type)) {
      const placement = placementOf(reader, reader.properties, isSubnet, mentionedSubnets);
      // An instance that names no subnet runs where its launch template puts it; one from outside the configuration may put it anywhere.
      const template = reader.get('launch_template');
      const outsideTemplate =
        type === 'aws_instance' &&
        !placement.found &&
        template.value !== undefined &&
        referencedOfTypes(reader, reader.get('launch_template', 'id'), links, new Set(['aws_launch_template'])).length === 0 &&
        referencedOfTypes(reader, reader.get('launch_template', 'name'), links, new Set(['aws_launch_template'])).length === 0;
      facts.workloads.push({ name: links.base(name).name, type, subnets: placement.subnets, unresolved: placement.unresolved || outsideTemplate });
    } else if (!notWorkloadTypes.has(type)) {
      for (const subnet of mentionedSubnets(reader.properties)) facts.mentioned.add(subnet);
    }
  }
  mentionsOutsideResources(links, subnets, facts);
  factsByModel.set(links.model, facts);
  return facts;
}

function linkVpc(reader: TfReader, links: Links<TfReader>): void {
  const vpc = links.resource(reader.resource.address);
  if (vpc?.kind !== 'aws.ec2.vpc') return;
  const subnets = links.model
    .of('aws.ec2.subnet')
    .filter((subnet) => subnet.vpc === vpc.address)
    .map((subnet) => subnet.address);
  const nats = links.names().filter((name) => links.reader(name)?.resource.type === 'aws_nat_gateway' && natVpc(links.reader(name)!, links) === vpc.address);
  vpc.natTraffic = natTrafficOf(vpc.address, subnets, nats, routingFacts(links));
}

const vpcSubnets: Mapper<TfReader> = {
  types: ['aws_subnet', 'aws_nat_gateway', 'aws_vpc_endpoint', 'aws_vpc'],
  kinds: ['aws.ec2.subnet', 'aws.ec2.vpc'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_subnet') return undefined;
    return { ...base, kind: 'aws.ec2.subnet', mapPublicIpOnLaunch: bool(reader.get('map_public_ip_on_launch')), vpc: referencedResource(reader.get('vpc_id')) } satisfies Subnet;
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'aws_nat_gateway') {
      const vpc = links.resource(natVpc(reader, links) ?? '');
      if (vpc?.kind === 'aws.ec2.vpc') recordNatGateway(vpc, reader.resource.address);
    } else if (type === 'aws_vpc_endpoint') linkEndpoint(reader, links);
    else if (type === 'aws_vpc') linkVpc(reader, links);
  },
};
export default vpcSubnets;
