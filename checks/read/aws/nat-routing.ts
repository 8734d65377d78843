/**
 * Which compute of the input sends its Amazon S3 traffic through a VPC's NAT gateways (AWS-VPC-S3-GATEWAY-ENDPOINT),
 * read alike from CloudFormation and Terraform: each format's subnet mapper gathers its route tables, routes, subnet
 * associations and where its compute is placed into `RoutingFacts`; `natTrafficOf` decides for one VPC.
 *
 * Conservative both ways: a subnet whose routing, or a workload whose subnet, cannot be told counts as possibly behind
 * a NAT gateway, and so does a NAT-routed subnet handed on to something this input does not show (an output, a module,
 * a resource type not known here to keep its S3 traffic off the NAT), and a VPC in which nothing of the input runs.
 */
import type { NatTraffic } from '../../model/aws/network.ts';
import type { Cursor, Reader } from '../cursor.ts';

/** Compute that runs in the subnets its settings name and may call S3 from there: CloudFormation and Terraform types. */
export const workloadTypes: ReadonlySet<string> = new Set([
  'AWS::EC2::Instance',
  'AWS::EC2::LaunchTemplate',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::EC2::SpotFleet',
  'AWS::EC2::EC2Fleet',
  'AWS::Lambda::Function',
  'AWS::Serverless::Function',
  'AWS::ECS::Service',
  'AWS::ECS::TaskSet',
  'AWS::EKS::Nodegroup',
  'AWS::EKS::FargateProfile',
  'AWS::Batch::ComputeEnvironment',
  'AWS::CodeBuild::Project',
  'AWS::SageMaker::NotebookInstance',
  'AWS::SageMaker::Domain',
  'AWS::EMR::Cluster',
  'AWS::Glue::Connection',
  'AWS::Cloud9::EnvironmentEC2',
  'AWS::MWAA::Environment',
  'AWS::AppRunner::VpcConnector',
  'aws_instance',
  'aws_launch_template',
  'aws_autoscaling_group',
  'aws_spot_fleet_request',
  'aws_ec2_fleet',
  'aws_lambda_function',
  'aws_ecs_service',
  'aws_eks_node_group',
  'aws_eks_fargate_profile',
  'aws_batch_compute_environment',
  'aws_codebuild_project',
  'aws_sagemaker_notebook_instance',
  'aws_sagemaker_domain',
  'aws_emr_cluster',
  'aws_glue_connection',
  'aws_cloud9_environment_ec2',
  'aws_mwaa_environment',
  'aws_apprunner_vpc_connector',
]);

/**
 * Resources that name subnets without placing compute that reaches S3 through the VPC's routes: the network itself,
 * load balancers, interface endpoints, subnet groups and managed data stores.
 */
export const notWorkloadTypes: ReadonlySet<string> = new Set([
  'AWS::EC2::Subnet',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::SubnetNetworkAclAssociation',
  'AWS::EC2::SubnetCidrBlock',
  'AWS::EC2::NatGateway',
  'AWS::EC2::VPCEndpoint',
  'AWS::EC2::TransitGatewayAttachment',
  'AWS::EC2::TransitGatewayVpcAttachment',
  'AWS::EC2::ClientVpnTargetNetworkAssociation',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer',
  'AWS::RDS::DBSubnetGroup',
  'AWS::ElastiCache::SubnetGroup',
  'AWS::Redshift::ClusterSubnetGroup',
  'AWS::DocDB::DBSubnetGroup',
  'AWS::Neptune::DBSubnetGroup',
  'AWS::DAX::SubnetGroup',
  'AWS::EFS::MountTarget',
  'AWS::FSx::FileSystem',
  'AWS::Route53Resolver::ResolverEndpoint',
  'AWS::EKS::Cluster',
  'AWS::MSK::Cluster',
  'AWS::OpenSearchService::Domain',
  'AWS::Elasticsearch::Domain',
  'AWS::DirectoryService::MicrosoftAD',
  'AWS::DirectoryService::SimpleAD',
  'AWS::NetworkFirewall::Firewall',
  'aws_subnet',
  'aws_route_table_association',
  'aws_network_acl',
  'aws_network_acl_association',
  'aws_default_network_acl',
  'aws_nat_gateway',
  'aws_vpc_endpoint',
  'aws_vpc_endpoint_subnet_association',
  'aws_ec2_transit_gateway_vpc_attachment',
  'aws_ec2_client_vpn_network_association',
  'aws_lb',
  'aws_alb',
  'aws_elb',
  'aws_db_subnet_group',
  'aws_elasticache_subnet_group',
  'aws_redshift_subnet_group',
  'aws_docdb_subnet_group',
  'aws_neptune_subnet_group',
  'aws_dax_subnet_group',
  'aws_efs_mount_target',
  'aws_route53_resolver_endpoint',
  'aws_eks_cluster',
  'aws_msk_cluster',
  'aws_opensearch_domain',
  'aws_elasticsearch_domain',
  'aws_directory_service_directory',
  'aws_networkfirewall_firewall',
]);

/** A compute resource and the subnets it may run in (source names: logical ids, Terraform addresses). */
export interface Workload {
  /** As a finding names it: its name and source type. */
  name: string;
  type: string;
  subnets: string[];
  /** Some subnet it may run in is not one of the input's (a parameter, an import, a literal id, a module output). */
  unresolved: boolean;
}

/** What the input tells about routes and placement; route tables and subnets by source name. */
export interface RoutingFacts {
  /** Route tables and the VPC each is in. */
  tables: Map<string, string | undefined>;
  /** Routes to NAT gateways: `table` undefined when the route table cannot be told, `nat` when the gateway cannot. */
  natRoutes: { table: string | undefined; nat: string | undefined }[];
  /** Route tables whose routes cannot all be read (a computed list of routes). */
  unreadTables: Set<string>;
  /** The table a subnet is explicitly associated with; `undefined` when it cannot be told. */
  associations: Map<string, string | undefined>;
  /** Subnets an association may name, when which one is decided at deploy time. */
  maybeAssociated: Set<string>;
  /** A VPC's main route table when the input replaces or manages it; `undefined` when it cannot be told. */
  mainTables: Map<string, string | undefined>;
  workloads: Workload[];
  /** Subnets something else of the input names, or hands on to what the input does not show (outputs, modules). */
  mentioned: Set<string>;
}

export const noFacts = (): RoutingFacts => ({
  tables: new Map(),
  natRoutes: [],
  unreadTables: new Set(),
  associations: new Map(),
  maybeAssociated: new Set(),
  mainTables: new Map(),
  workloads: [],
  mentioned: new Set(),
});

/** Setting names that place compute in subnets: `SubnetId`, `Subnets`, `VPCZoneIdentifier`, `subnet_ids`, `Ec2SubnetIds`… */
const subnetSetting = /^(?:ec2_?)?(?:subnet_?ids?|subnets|vpc_?zone_?identifier)$/i;

/**
 * The subnets a compute resource's settings name, anywhere in them (`VpcConfig.SubnetIds`,
 * `NetworkInterfaces[].SubnetId`, `network_configuration { subnets }`). `isSubnet` says whether a referenced resource is a
 * subnet of the input; `mentioned` finds the subnets a value computed at deploy time may be (`!If`, a splat).
 */
export function placementOf<V>(
  reader: Reader<V>,
  from: Cursor<V>,
  isSubnet: (name: string) => boolean,
  mentioned: (cursor: Cursor<V>) => string[],
): { subnets: string[]; unresolved: boolean; found: boolean } {
  const subnets: string[] = [];
  let unresolved = false;
  let found = false;
  const place = (cursor: Cursor<V>): void => {
    const value = cursor.value;
    if (value === undefined) return;
    const shape = reader.tree.shape(value);
    if (shape === 'seq') return reader.items(cursor).forEach(place);
    const reference = reader.tree.reference(value);
    if (reference !== undefined && isSubnet(reference)) {
      subnets.push(reference);
      return;
    }
    const candidates = shape === 'unknown' ? mentioned(cursor) : [];
    subnets.push(...candidates);
    if (candidates.length === 0) unresolved = true;
  };
  const visit = (cursor: Cursor<V>): void => {
    const value = cursor.value;
    if (value === undefined) return;
    const shape = reader.tree.shape(value);
    if (shape === 'seq') return reader.items(cursor).forEach(visit);
    if (shape !== 'map') return;
    for (const { key, cursor: child } of reader.entries(cursor)) {
      if (subnetSetting.test(key) && child.value !== undefined) {
        found = true;
        place(child);
      } else visit(child);
    }
  };
  visit(from);
  return { subnets, unresolved, found };
}

type Routing = { state: 'nat'; nat: string | undefined } | { state: 'none' } | { state: 'unknown' };

/**
 * What of the input sends S3 traffic through the NAT gateways of the VPC `vpc` (its source name), given its subnets
 * and NAT gateways (source names).
 */
export function natTrafficOf(vpc: string, subnets: readonly string[], natGateways: readonly string[], facts: RoutingFacts): NatTraffic {
  const routed = new Set(facts.natRoutes.flatMap((route) => (route.nat === undefined ? [] : [route.nat])));
  // A route to a gateway that cannot be told, or to a table that cannot be, may be this VPC's; a NAT gateway no route
  // of the input targets is routed to from elsewhere, into tables the input may not show.
  const openRouting = facts.natRoutes.some((route) => route.nat === undefined || route.table === undefined) || natGateways.some((nat) => !routed.has(nat));
  const tableRouting = (table: string | undefined): Routing => {
    if (table === undefined || facts.unreadTables.has(table)) return { state: 'unknown' };
    const route = facts.natRoutes.find((candidate) => candidate.table === table && (candidate.nat === undefined || natGateways.includes(candidate.nat)));
    if (route) return { state: 'nat', nat: route.nat };
    return openRouting ? { state: 'unknown' } : { state: 'none' };
  };
  const subnetRouting = (subnet: string): Routing => {
    if (facts.maybeAssociated.has(subnet)) return { state: 'unknown' };
    if (facts.associations.has(subnet)) return tableRouting(facts.associations.get(subnet));
    if (facts.mainTables.has(vpc)) return tableRouting(facts.mainTables.get(vpc));
    // The main route table the VPC was created with routes only within the VPC.
    return openRouting ? { state: 'unknown' } : { state: 'none' };
  };
  const ours = new Set(subnets);
  // Nothing of the input runs in the VPC: a network built for what is deployed elsewhere (another stack, a template
  // that includes this one as a module), whose placement this input cannot show.
  let open = !facts.workloads.some((workload) => workload.subnets.some((subnet) => ours.has(subnet)));
  for (const workload of facts.workloads) {
    if (workload.unresolved) open = true;
    for (const subnet of workload.subnets) {
      if (!ours.has(subnet)) continue;
      const routing = subnetRouting(subnet);
      if (routing.state === 'nat') return { state: 'workload', workload: workload.name, workloadType: workload.type, subnet, natGateway: routing.nat ?? natGateways[0] };
      if (routing.state === 'unknown') open = true;
    }
  }
  for (const subnet of facts.mentioned) if (ours.has(subnet) && subnetRouting(subnet).state !== 'none') open = true;
  return open ? { state: 'unknown' } : { state: 'none' };
}
