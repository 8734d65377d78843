/** Shared by the security group rules: ingress open to the whole internet, and which ports it covers. */
import type { SecurityGroupRule } from '../../../model/aws/network.ts';
import type { Attr } from '../../../model/types.ts';
import type { Model } from '../../../model/model.ts';
import { isWholeInternet } from '../../cidr.ts';

export interface OpenIngress {
  rule: SecurityGroupRule;
  /** The CIDR attribute that opens it, the value a finding points at. */
  cidr: Attr<string> & { state: 'known' };
  cidrText: string;
}

export function worldOpenIngress(model: Model): OpenIngress[] {
  const result: OpenIngress[] = [];
  for (const group of model.of('aws.ec2.security-group'))
    for (const rule of group.rules) {
      if (rule.direction !== 'ingress') continue;
      for (const cidr of [rule.cidrIpv4, rule.cidrIpv6]) if (cidr.state === 'known' && isWholeInternet(cidr.value)) result.push({ rule, cidr, cidrText: cidr.value });
    }
  return result;
}

/** `true` when the rule admits every port (protocol `-1`, or TCP/UDP 0–65535); `undefined` when unknowable. */
export function allPorts(rule: SecurityGroupRule): boolean | undefined {
  if (rule.protocol.state !== 'known') return undefined;
  if (rule.protocol.value === '-1') return true;
  if (rule.fromPort.state !== 'known' || rule.toPort.state !== 'known') return undefined;
  return rule.fromPort.value <= 1 && (rule.toPort.value >= 65535 || rule.toPort.value === -1);
}

/** TCP ports in `ports` that the rule admits, excluding all-port rules (those have their own rule). */
export function tcpPortsOpened(rule: SecurityGroupRule, ports: readonly number[]): number[] {
  if (rule.protocol.state !== 'known' || rule.protocol.value !== 'tcp') return [];
  if (rule.fromPort.state !== 'known' || rule.toPort.state !== 'known') return [];
  if (allPorts(rule)) return [];
  const from = rule.fromPort.value;
  const to = rule.toPort.value === -1 ? 65535 : rule.toPort.value;
  return ports.filter((port) => port >= from && port <= to);
}
