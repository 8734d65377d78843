/**
 * VPCs with the flow logs that capture them, and Elastic IPs with whatever attaches them (the instance they
 * name, an EIP association, a NAT gateway or a network load balancer's subnet mapping).
 */
import type { ElasticIp, Vpc } from '../../model/aws/network.ts';
import type { ResourceBase } from '../../model/types.ts';
import { valueOf, type Node } from '../../parse/tree.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { referencedResource, text, type Cursor, type ResourceReader } from '../read.ts';
import { mentions } from './support/ec2-references.ts';

/** Resources that read an Elastic IP's address without attaching it (DNS records, firewall rules). */
const readsAddressOnly = new Set(['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup', 'AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress']);

/** Resources that attach an Elastic IP; `link` reads which one. */
const attachers = new Set(['AWS::EC2::EIPAssociation', 'AWS::EC2::NatGateway', 'AWS::ElasticLoadBalancingV2::LoadBalancer']);

/**
 * Whether the address is handed to something this check cannot follow: a resource that is neither known to
 * attach it nor known only to read it (user data that associates it, a nested stack, a custom resource), or
 * an output another stack may import.
 */
function passedOutOfSight(reader: ResourceReader, logicalId: string): boolean {
  const { template, conditions } = reader.ctx;
  for (const resource of template.resources.values()) {
    if (resource.logicalId === logicalId || attachers.has(resource.type) || readsAddressOnly.has(resource.type)) continue;
    if (resource.condition && conditions.get(resource.condition) === false) continue;
    if (mentions(resource.entry.value, logicalId)) return true;
  }
  const outputs = valueOf(template.root, 'Outputs');
  return outputs !== undefined && mentions(outputs, logicalId);
}

function buildElasticIp(reader: ResourceReader, base: ResourceBase): ElasticIp {
  const instance = reader.get('InstanceId');
  const attached = instance.value ? (instance.value.kind === 'unknown' ? undefined : true) : false;
  return { ...base, kind: 'aws.ec2.eip', attached: attached === false && passedOutOfSight(reader, reader.resource.logicalId) ? undefined : attached };
}

/** The allocation-id (or public IP) properties through which a resource attaches Elastic IPs. */
function attachingValues(reader: ResourceReader): Cursor[] {
  switch (reader.resource.type) {
    case 'AWS::EC2::EIPAssociation':
      return [reader.get('AllocationId'), reader.get('EIP')];
    case 'AWS::EC2::NatGateway':
      return [reader.get('AllocationId')];
    case 'AWS::ElasticLoadBalancingV2::LoadBalancer':
      return reader.items(reader.get('SubnetMappings')).map((mapping) => reader.field(mapping, 'AllocationId'));
    default:
      return [];
  }
}

function markAttached(reader: ResourceReader, links: Links): void {
  for (const cursor of attachingValues(reader)) {
    const value = cursor.value;
    if (!value) continue;
    for (const eip of links.model.of('aws.ec2.eip')) {
      if (eip.attached === true) continue;
      if (referencedResource(cursor) === eip.name) eip.attached = true;
      // `!If [Cond, !GetAtt Ip.AllocationId, ...]` undecided: the address may or may not be attached.
      else if (value.kind === 'unknown' && mentions(value.node, eip.name)) eip.attached = undefined;
    }
  }
}

/** Flow logs name one resource in `ResourceId`; a list form (`ResourceIds`) is read too. */
function capturedResources(reader: ResourceReader): Cursor[] {
  const type = text(reader.get('ResourceType'));
  if (type.state === 'known' && type.value.toUpperCase() !== 'VPC') return [];
  const ids = reader.get('ResourceIds');
  return [reader.get('ResourceId'), ...(ids.value?.kind === 'seq' ? reader.items(ids) : ids.value ? [ids] : [])];
}

function countFlowLog(reader: ResourceReader, links: Links): void {
  const vpcs = links.model.of('aws.ec2.vpc');
  const captured = new Set<Vpc>();
  for (const cursor of capturedResources(reader)) {
    const value = cursor.value;
    if (!value) continue;
    const id = referencedResource(cursor);
    // A value computed at deploy time that mentions the VPC (`!Sub '${Vpc}'`) is given the benefit of the doubt.
    const node: Node = value.node;
    for (const vpc of vpcs) if (id === vpc.name || (id === undefined && value.kind === 'unknown' && mentions(node, vpc.name))) captured.add(vpc);
  }
  for (const vpc of captured) vpc.flowLogCount++;
}

const vpc: CfnMapper = {
  types: ['AWS::EC2::VPC', 'AWS::EC2::FlowLog', 'AWS::EC2::EIP', ...attachers],
  kinds: ['aws.ec2.vpc', 'aws.ec2.eip'],

  build(reader, base) {
    if (reader.resource.type === 'AWS::EC2::VPC') return { ...base, kind: 'aws.ec2.vpc', flowLogCount: 0, instanceTenancy: text(reader.get('InstanceTenancy')) } satisfies Vpc;
    if (reader.resource.type === 'AWS::EC2::EIP') return buildElasticIp(reader, base);
    return undefined;
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::EC2::FlowLog') countFlowLog(reader, links);
    else if (attachers.has(reader.resource.type)) markAttached(reader, links);
  },
};
export default vpc;
