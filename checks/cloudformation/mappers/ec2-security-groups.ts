/** Security groups with their inline rules, plus standalone ingress/egress resources linked to them. */
import type { SecurityGroup, SecurityGroupRule } from '../../model/aws/network.ts';
import { known, type Attr, type ResourceBase } from '../../model/types.ts';
import type { CfnMapper } from '../mapper.ts';
import { number, referencedResource, text, type Cursor, type ResourceReader } from '../read.ts';

const protocolNames: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1' };

function protocolOf(attr: Attr<string>): Attr<string> {
  if (attr.state !== 'known') return attr;
  const lower = attr.value.toLowerCase();
  return known(protocolNames[lower] ?? lower, attr.at);
}

/** One rule, read from an inline rule (a list item) or a standalone resource's properties. */
function readRule(reader: ResourceReader, cursor: Cursor, owner: ResourceBase, direction: 'ingress' | 'egress'): SecurityGroupRule {
  const field = (key: string) => reader.field(cursor, key);
  return {
    at: cursor.at,
    owner,
    direction,
    protocol: protocolOf(text(field('IpProtocol'))),
    fromPort: number(field('FromPort')),
    toPort: number(field('ToPort')),
    cidrIpv4: text(field('CidrIp')),
    cidrIpv6: text(field('CidrIpv6')),
  };
}

const ec2SecurityGroups: CfnMapper = {
  types: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'],
  kinds: ['aws.ec2.security-group'],

  build(reader, base) {
    const type = reader.resource.type;
    if (type === 'AWS::EC2::SecurityGroup') {
      const group: SecurityGroup = { ...base, kind: 'aws.ec2.security-group', rules: [] };
      for (const rule of reader.items(reader.get('SecurityGroupIngress'))) group.rules.push(readRule(reader, rule, group, 'ingress'));
      for (const rule of reader.items(reader.get('SecurityGroupEgress'))) group.rules.push(readRule(reader, rule, group, 'egress'));
      return group;
    }
    return undefined;
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (type !== 'AWS::EC2::SecurityGroupIngress' && type !== 'AWS::EC2::SecurityGroupEgress') return;
    const direction = type === 'AWS::EC2::SecurityGroupIngress' ? 'ingress' : 'egress';
    const groupId = referencedResource(reader.get('GroupId'));
    const group = groupId ? links.resource(groupId) : undefined;
    const owner = links.base(reader.resource.logicalId);
    if (group?.kind === 'aws.ec2.security-group') {
      group.rules.push(readRule(reader, reader.properties, owner, direction));
      return;
    }
    // The group lives elsewhere (another stack, or a parameter): check the rule on its own.
    const standalone: SecurityGroup = { ...owner, kind: 'aws.ec2.security-group', rules: [] };
    standalone.rules.push(readRule(reader, reader.properties, standalone, direction));
    links.model.add(standalone);
  },
};
export default ec2SecurityGroups;
