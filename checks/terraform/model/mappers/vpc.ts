/**
 * `aws_vpc` with the `aws_flow_log`s that capture it, and `aws_eip` with whatever attaches it: the instance or
 * network interface it names, an `aws_eip_association`, an `aws_nat_gateway`, or a network load balancer's
 * `subnet_mapping`.
 */
import type { ElasticIp, Vpc } from '../../../model/aws/network.ts';
import type { Model } from '../../../model/model.ts';
import type { ResourceBase } from '../../../model/types.ts';
import type { SourceFile } from '../../../source/file.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { referencedResource, text } from '../../../read/convert.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { mentionMatches, mentions, mentionsIn, modulePrefixOf, type Mention } from '../references.ts';

/** Resources that attach an Elastic IP; `link` reads which one. */
const attachers = new Set(['aws_eip_association', 'aws_nat_gateway', 'aws_lb', 'aws_alb']);

/** Resources that read an Elastic IP's address without attaching it (DNS records, firewall rules). */
const readsAddressOnly = new Set(['aws_route53_record', 'aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule']);

/**
 * `instance` or `network_interface` attaches the address; a value known only at apply time may be `null`.
 * Without either, the address is unattached unless something else attaches it (see `link`).
 */
function buildElasticIp(reader: TfReader, base: ResourceBase): ElasticIp {
  const targets = [reader.get('instance'), reader.get('network_interface')].filter((cursor) => cursor.value !== undefined);
  const attached = targets.length === 0 ? false : targets.some((cursor) => cursor.value?.kind !== 'unknown') ? true : undefined;
  return { ...base, kind: 'aws.ec2.eip', attached };
}

/** The allocation-id (or public IP) settings through which a resource attaches Elastic IPs. */
function attachingValues(reader: TfReader): Cursor[] {
  switch (reader.resource.type) {
    case 'aws_eip_association':
      return [reader.get('allocation_id'), reader.get('public_ip')];
    case 'aws_nat_gateway':
      return [reader.get('allocation_id'), ...reader.items(reader.get('secondary_allocation_ids'))];
    default:
      return reader.blocks(reader.get('subnet_mapping')).map((mapping) => reader.field(mapping, 'allocation_id'));
  }
}

function markAttached(reader: TfReader, links: Links<TfReader>): void {
  for (const cursor of attachingValues(reader)) {
    if (cursor.value === undefined) continue;
    for (const eip of links.model.of('aws.ec2.eip')) {
      if (eip.attached === true) continue;
      if (referencedResource(cursor) === eip.address) eip.attached = true;
      // `var.enabled ? aws_eip.ip.id : null`: the address may or may not be attached.
      else if (cursor.value.kind === 'unknown' && mentions(reader, cursor, eip.address)) eip.attached = undefined;
    }
  }
}

/**
 * What every resource that neither attaches nor only reads an address mentions, and what the rest of the files
 * (outputs, module calls) mention: an address handed to them may be attached where this check cannot follow
 * (user data, a remote module, another configuration through an output). Read once per model.
 */
function mentionsOutOfSight(links: Links<TfReader>): Mention[] {
  const cached = outOfSight.get(links.model);
  if (cached) return cached;
  const found: Mention[] = [];
  const files = new Map<SourceFile, { blocks: { start: number; end: number }[]; prefixes: Set<string> }>();
  for (const name of links.names()) {
    const reader = links.reader(name);
    if (!reader) continue;
    const { resource } = reader;
    const file = files.get(resource.file) ?? { blocks: [], prefixes: new Set<string>() };
    files.set(resource.file, file);
    file.blocks.push({ start: resource.start, end: resource.end });
    file.prefixes.add(modulePrefixOf(resource));
    if (resource.type === 'aws_eip' || attachers.has(resource.type) || readsAddressOnly.has(resource.type)) continue;
    found.push(...mentionsIn(reader, reader.properties));
  }
  for (const [file, { blocks, prefixes }] of files)
    for (const match of textBetween(file.text, blocks).matchAll(/(?<![\w.])aws_eip\.([A-Za-z_][\w-]*)(\[(?:\d+|"[^"\\]*")\])?/g))
      for (const prefix of prefixes) found.push({ address: `${prefix}aws_eip.${match[1]}${match[2] ?? ''}`, exact: match[2] !== undefined });
  outOfSight.set(links.model, found);
  return found;
}
const outOfSight = new WeakMap<Model, Mention[]>();

/** A file's text outside the given blocks (each block may be listed once per module instance). */
function textBetween(text: string, blocks: { start: number; end: number }[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    if (block.start >= from) parts.push(text.slice(from, block.start));
    from = Math.max(from, block.end);
  }
  parts.push(text.slice(from));
  return parts.join('\n');
}

/** Flow logs name the VPC in `vpc_id`; a value known only at apply time that mentions the VPC is given the benefit of the doubt. */
function countFlowLog(reader: TfReader, links: Links<TfReader>): void {
  const vpcId = reader.get('vpc_id');
  if (vpcId.value === undefined) return;
  for (const vpc of links.model.of('aws.ec2.vpc')) {
    const captured = referencedResource(vpcId) === vpc.address || (vpcId.value.kind === 'unknown' && mentions(reader, vpcId, vpc.address));
    if (captured) vpc.flowLogCount++;
  }
}

const vpc: Mapper<TfReader> = {
  types: ['aws_vpc', 'aws_flow_log', 'aws_eip', ...attachers],
  kinds: ['aws.ec2.vpc', 'aws.ec2.eip'],

  build(reader, base) {
    if (reader.resource.type === 'aws_vpc') return { ...base, kind: 'aws.ec2.vpc', flowLogCount: 0, instanceTenancy: text(reader.get('instance_tenancy')) } satisfies Vpc;
    if (reader.resource.type === 'aws_eip') return buildElasticIp(reader, base);
    return undefined;
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'aws_flow_log') return countFlowLog(reader, links);
    if (attachers.has(type)) return markAttached(reader, links);
    const eip = type === 'aws_eip' ? links.resource(reader.resource.address) : undefined;
    if (eip?.kind === 'aws.ec2.eip' && eip.attached === false && mentionsOutOfSight(links).some((mention) => mentionMatches(mention, eip.address))) eip.attached = undefined;
  },
};
export default vpc;
