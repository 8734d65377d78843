/**
 * Load balancers and their listeners. ELBv2 (application, network, gateway) listeners are resources of their
 * own, and listener rules can send some requests elsewhere than the default action; classic load balancers
 * declare their listeners inline, and each becomes a listener owned by the load balancer.
 */
import type { LoadBalancer, LoadBalancerListener } from '../../model/aws/network.ts';
import { absent, inBlock, known, unknownAttr, type Attr, type Place, type ResourceBase } from '../../model/types.ts';
import { readNegotiationAttributes, redirectsToHttps, securityPolicySettings, type SslNegotiationPolicy } from '../../read/aws/listeners.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, isUnknown, number, referencedResource, text, textList, type Cursor, type ResourceReader } from '../read.ts';

const upperCase = (attr: Attr<string>): Attr<string> => (attr.state === 'known' ? known(attr.value.toUpperCase(), attr.at) : attr);

/** `Type` defaults to `application`. */
function loadBalancerType(reader: ResourceReader): string {
  const type = text(reader.get('Type'));
  if (type.state === 'absent') return 'application';
  return type.state === 'known' ? type.value.toLowerCase() : 'unknown';
}

/**
 * A boolean in the `LoadBalancerAttributes` key/value list (`access_logs.s3.enabled`); off unless written. `property`,
 * when given, names the setting in findings: the attribute key, since the list items are all `Key`/`Value`.
 */
function loadBalancerAttribute(reader: ResourceReader, name: string, property?: string): Attr<boolean> {
  const attributes = reader.get('LoadBalancerAttributes');
  if (isUnknown(attributes)) return unknownAttr(attributes.at, property);
  let undecided: Place | undefined;
  for (const item of reader.items(attributes)) {
    const key = text(reader.field(item, 'Key'));
    if (key.state === 'known' && key.value === name) {
      const value = bool(reader.field(item, 'Value'));
      return property === undefined ? value : { ...value, property };
    }
    // An item whose key is computed at deploy time may be the one.
    if (key.state === 'unknown') undecided ??= item.at;
  }
  return undecided ? unknownAttr(undecided, property) : absent(attributes.at, property);
}

const dropInvalidHeaders = 'routing.http.drop_invalid_header_fields.enabled';

function elbv2LoadBalancer(reader: ResourceReader, base: ResourceBase): LoadBalancer {
  const type = loadBalancerType(reader);
  return {
    ...base,
    kind: 'aws.elb.load-balancer',
    type,
    accessLogs: loadBalancerAttribute(reader, 'access_logs.s3.enabled'),
    listeners: [],
    dropInvalidHeaderFields: type === 'application' ? loadBalancerAttribute(reader, dropInvalidHeaders, dropInvalidHeaders) : absent(reader.place),
    crossZone: absent(reader.place),
    connectionDraining: absent(reader.place),
  };
}

/** `CrossZone` and `ConnectionDrainingPolicy` are off when left out (the console turns cross-zone on; CloudFormation does not). */
function classicLoadBalancer(reader: ResourceReader, base: ResourceBase): LoadBalancer {
  return {
    ...base,
    kind: 'aws.elb.load-balancer',
    type: 'classic',
    accessLogs: bool(reader.get('AccessLoggingPolicy', 'Enabled')),
    listeners: [],
    dropInvalidHeaderFields: absent(reader.place),
    crossZone: bool(reader.get('CrossZone')),
    connectionDraining: inBlock(bool(reader.get('ConnectionDrainingPolicy', 'Enabled')), 'ConnectionDrainingPolicy'),
  };
}

const actionKeys = { type: 'Type', redirect: 'RedirectConfig', protocol: 'Protocol' };

function elbv2Listener(reader: ResourceReader, base: ResourceBase): LoadBalancerListener {
  return {
    ...base,
    kind: 'aws.elb.listener',
    protocol: upperCase(text(reader.get('Protocol'))),
    port: number(reader.get('Port')),
    sslPolicy: text(reader.get('SslPolicy')),
    redirectsToHttps: redirectsToHttps(reader, reader.get('DefaultActions'), actionKeys),
  };
}

function attachListener(reader: ResourceReader, links: Links): void {
  const listener = links.resource(reader.resource.logicalId);
  const loadBalancerId = referencedResource(reader.get('LoadBalancerArn'));
  const loadBalancer = loadBalancerId ? links.resource(loadBalancerId) : undefined;
  if (listener?.kind === 'aws.elb.listener' && loadBalancer?.kind === 'aws.elb.load-balancer') loadBalancer.listeners.push(listener);
}

/** A listener rule whose actions do not redirect to HTTPS means its listener does not redirect every request. */
function applyListenerRule(reader: ResourceReader, links: Links): void {
  const listenerId = referencedResource(reader.get('ListenerArn'));
  const listener = listenerId ? links.resource(listenerId) : undefined;
  if (listener?.kind !== 'aws.elb.listener' || listener.redirectsToHttps === false) return;
  const rule = redirectsToHttps(reader, reader.get('Actions'), actionKeys);
  if (rule !== true) listener.redirectsToHttps = rule;
}

/** A classic `SSLNegotiationPolicyType` policy from the load balancer's `Policies` list, with the ports it applies to. */
interface PortedPolicy extends SslNegotiationPolicy {
  /** Listener ports the policy applies to through `LoadBalancerPorts`. */
  ports: string[];
}

function readSslNegotiationPolicy(reader: ResourceReader, policy: Cursor): PortedPolicy | undefined {
  const type = text(reader.field(policy, 'PolicyType'));
  const name = knownText(reader.field(policy, 'PolicyName').value);
  if (type.state !== 'known' || type.value !== 'SSLNegotiationPolicyType' || name === undefined) return undefined;
  const ports = textList(reader.field(policy, 'LoadBalancerPorts'));
  const settings = readNegotiationAttributes(reader, reader.field(policy, 'Attributes'), { name: 'Name', value: 'Value' }, policy.at);
  return { name, at: policy.at, ports: ports.state === 'known' ? ports.value : [], ...settings };
}

/**
 * The security policy of one classic listener: an SSL negotiation policy named in its `PolicyNames` or
 * attached to its port, or a predefined policy named directly. Other names are stickiness or proxy policies.
 */
function classicSecurityPolicy(reader: ResourceReader, listener: Cursor, port: Attr<number>, policies: PortedPolicy[]): Pick<LoadBalancerListener, 'sslPolicy' | 'customProtocols'> {
  const namesCursor = reader.field(listener, 'PolicyNames');
  const names = textList(namesCursor);
  if (names.state === 'unknown') return { sslPolicy: unknownAttr(names.at) };
  const named = names.state === 'known' ? names.value : [];
  const policy = policies.find((candidate) => named.includes(candidate.name) || (port.state === 'known' && candidate.ports.includes(String(port.value))));
  if (policy) return securityPolicySettings(policy);
  const predefined = named.find((name) => name.startsWith('ELBSecurityPolicy-'));
  if (predefined) return { sslPolicy: known(predefined, namesCursor.at) };
  return { sslPolicy: absent(listener.at) };
}

/** Classic listeners cannot redirect, so an HTTP listener always serves plain HTTP. */
function addClassicListeners(reader: ResourceReader, links: Links): void {
  const owner = links.base(reader.resource.logicalId);
  const loadBalancer = links.resource(reader.resource.logicalId);
  const policies = reader.items(reader.get('Policies')).flatMap((policy) => readSslNegotiationPolicy(reader, policy) ?? []);
  for (const item of reader.items(reader.get('Listeners'))) {
    const port = number(reader.field(item, 'LoadBalancerPort'));
    const listener: LoadBalancerListener = {
      ...owner,
      kind: 'aws.elb.listener',
      protocol: upperCase(text(reader.field(item, 'Protocol'))),
      port,
      ...classicSecurityPolicy(reader, item, port, policies),
      redirectsToHttps: false,
    };
    links.model.add(listener);
    if (loadBalancer?.kind === 'aws.elb.load-balancer') loadBalancer.listeners.push(listener);
  }
}

const elb: CfnMapper = {
  types: ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::ListenerRule', 'AWS::ElasticLoadBalancing::LoadBalancer'],
  kinds: ['aws.elb.load-balancer', 'aws.elb.listener'],

  build(reader, base) {
    switch (reader.resource.type) {
      case 'AWS::ElasticLoadBalancingV2::LoadBalancer':
        return elbv2LoadBalancer(reader, base);
      case 'AWS::ElasticLoadBalancingV2::Listener':
        return elbv2Listener(reader, base);
      case 'AWS::ElasticLoadBalancing::LoadBalancer':
        return classicLoadBalancer(reader, base);
      default:
        return undefined;
    }
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::ElasticLoadBalancingV2::Listener') attachListener(reader, links);
    else if (reader.resource.type === 'AWS::ElasticLoadBalancingV2::ListenerRule') applyListenerRule(reader, links);
    else if (reader.resource.type === 'AWS::ElasticLoadBalancing::LoadBalancer') addClassicListeners(reader, links);
  },
};
export default elb;
