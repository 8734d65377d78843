/**
 * `aws_security_group` (and a VPC's `aws_default_security_group`, which takes the same blocks) with its inline
 * `ingress`/`egress` blocks, and the standalone rules that belong to a group:
 * `aws_security_group_rule` (`type = "ingress"`) and `aws_vpc_security_group_ingress_rule`/`_egress_rule`.
 * Terraform lists CIDRs per rule (`cidr_blocks = [...]`); the model has one range per rule, so each listed range
 * becomes a rule of its own, pointing at that range.
 */
import type { SecurityGroup, SecurityGroupRule } from '../../../model/aws/network.ts';
import { absent, known, type Attr, type ResourceBase } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { number, referencedResource, text } from '../../../read/convert.ts';
import type { Cursor, TfReader } from '../reader.ts';

const protocolNames: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1' };

function protocolOf(attr: Attr<string>): Attr<string> {
  if (attr.state !== 'known') return attr;
  const lower = attr.value.toLowerCase();
  return known(protocolNames[lower] ?? lower, attr.at, attr.property);
}

type Direction = 'ingress' | 'egress';

/** A block with `cidr_blocks`/`ipv6_cidr_blocks` lists: one model rule per range (or one with no range). */
function rulesOfBlock(reader: TfReader, block: Cursor, owner: ResourceBase, direction: Direction, protocolKey: string): SecurityGroupRule[] {
  const common = {
    owner,
    direction,
    protocol: protocolOf(text(reader.field(block, protocolKey))),
    fromPort: number(reader.field(block, 'from_port')),
    toPort: number(reader.field(block, 'to_port')),
  };
  const v4 = reader.field(block, 'cidr_blocks');
  const v6 = reader.field(block, 'ipv6_cidr_blocks');
  const none = absent<string>(block.at);
  // A list computed at apply time: its ranges are unknown, not absent.
  const unknownList = (cursor: Cursor): SecurityGroupRule[] =>
    cursor.value?.kind === 'unknown' ? [{ ...common, at: cursor.at, cidrIpv4: { state: 'unknown', at: cursor.at }, cidrIpv6: { state: 'unknown', at: cursor.at } }] : [];
  const rules: SecurityGroupRule[] = [
    ...reader.items(v4).map((item) => ({ ...common, at: item.at, cidrIpv4: text(item), cidrIpv6: none })),
    ...reader.items(v6).map((item) => ({ ...common, at: item.at, cidrIpv4: none, cidrIpv6: text(item) })),
    ...unknownList(v4),
    ...unknownList(v6),
  ];
  return rules.length > 0 ? rules : [{ ...common, at: block.at, cidrIpv4: none, cidrIpv6: none }];
}

/** `aws_vpc_security_group_*_rule`: one range per resource, in `cidr_ipv4` or `cidr_ipv6`. */
function ruleOfVpcResource(reader: TfReader, owner: ResourceBase, direction: Direction): SecurityGroupRule {
  return {
    at: reader.place,
    owner,
    direction,
    protocol: protocolOf(text(reader.get('ip_protocol'))),
    fromPort: number(reader.get('from_port')),
    toPort: number(reader.get('to_port')),
    cidrIpv4: text(reader.get('cidr_ipv4')),
    cidrIpv6: text(reader.get('cidr_ipv6')),
  };
}

const groupTypes = ['aws_security_group', 'aws_default_security_group'];
const standaloneTypes = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'];

const ec2SecurityGroups: Mapper<TfReader> = {
  types: [...groupTypes, ...standaloneTypes],
  kinds: ['aws.ec2.security-group'],

  build(reader, base) {
    if (!groupTypes.includes(reader.resource.type)) return undefined;
    const group: SecurityGroup = { ...base, kind: 'aws.ec2.security-group', rules: [] };
    for (const direction of ['ingress', 'egress'] as const) for (const block of reader.blocks(reader.get(direction))) group.rules.push(...rulesOfBlock(reader, block, group, direction, 'protocol'));
    return group;
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (!standaloneTypes.includes(type)) return;
    const owner = links.base(reader.resource.address);
    let rules: (owner: ResourceBase) => SecurityGroupRule[];
    if (type === 'aws_security_group_rule') {
      const kind = text(reader.get('type'));
      if (kind.state !== 'known' || (kind.value !== 'ingress' && kind.value !== 'egress')) return;
      const direction = kind.value;
      rules = (ruleOwner) => rulesOfBlock(reader, reader.properties, ruleOwner, direction, 'protocol');
    } else {
      const direction = type === 'aws_vpc_security_group_ingress_rule' ? 'ingress' : 'egress';
      rules = (ruleOwner) => [ruleOfVpcResource(reader, ruleOwner, direction)];
    }
    const group = links.resource(referencedResource(reader.get('security_group_id')) ?? '');
    if (group?.kind === 'aws.ec2.security-group') {
      group.rules.push(...rules(owner));
      return;
    }
    // The group lives elsewhere (another configuration, a data source, a variable): check the rule on its own.
    const standalone: SecurityGroup = { ...owner, kind: 'aws.ec2.security-group', rules: [] };
    standalone.rules.push(...rules(standalone));
    links.model.add(standalone);
  },
};
export default ec2SecurityGroups;
