/**
 * Load balancers and their listeners. `aws_lb` (alias `aws_alb`) listeners are resources of their own, and listener
 * rules can send some requests elsewhere than the default action; classic `aws_elb` load balancers declare their
 * listeners inline, each a listener owned by the load balancer, and take SSL negotiation policies from separate
 * resources (`aws_lb_ssl_negotiation_policy`, or `aws_load_balancer_policy` named by an
 * `aws_load_balancer_listener_policy`).
 */
import type { LoadBalancer, LoadBalancerListener } from '../../../model/aws/network.ts';
import { absent, known, unknownAttr, type Attr, type ResourceBase } from '../../../model/types.ts';
import { readNegotiationAttributes, redirectsToHttps, securityPolicySettings, type SslNegotiationPolicy } from '../../../read/aws/listeners.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, number, referencedResource, text } from '../../../read/convert.ts';
import type { Cursor, TfReader } from '../reader.ts';

const upperCase = (attr: Attr<string>): Attr<string> => (attr.state === 'known' ? known(attr.value.toUpperCase(), attr.at, attr.property) : attr);

const actionKeys = { type: 'type', redirect: 'redirect', protocol: 'protocol' };
const attributeKeys = { name: 'name', value: 'value' };

/** `load_balancer_type` defaults to `application`. */
function loadBalancerType(reader: TfReader): string {
  const type = text(reader.get('load_balancer_type'));
  if (type.state === 'absent') return 'application';
  return type.state === 'known' ? type.value.toLowerCase() : 'unknown';
}

function loadBalancer(reader: TfReader, base: ResourceBase): LoadBalancer {
  // `enabled` defaults to false, even when a bucket is named.
  const type = loadBalancerType(reader);
  return {
    ...base,
    kind: 'aws.elb.load-balancer',
    type,
    accessLogs: bool(reader.get('access_logs', 'enabled')),
    listeners: [],
    // `drop_invalid_header_fields` defaults to false and applies to application load balancers only.
    dropInvalidHeaderFields: type === 'application' ? bool(reader.get('drop_invalid_header_fields')) : absent(reader.place),
    crossZone: absent(reader.place),
    connectionDraining: absent(reader.place),
  };
}

/** The provider turns cross-zone load balancing on when `cross_zone_load_balancing` is left out (the API does not). */
function classicCrossZone(reader: TfReader): Attr<boolean> {
  const crossZone = bool(reader.get('cross_zone_load_balancing'));
  return crossZone.state === 'absent' ? known(true, crossZone.at, crossZone.property) : crossZone;
}

/** Classic access logs are on as soon as the `access_logs` block is written: its `enabled` defaults to true. */
function classicAccessLogs(reader: TfReader): Attr<boolean> {
  const block = reader.get('access_logs');
  const enabled = bool(reader.get('access_logs', 'enabled'));
  return block.value !== undefined && enabled.state === 'absent' ? known(true, enabled.at, enabled.property) : enabled;
}

/** Classic listeners cannot redirect, so an HTTP listener always serves plain HTTP. They join the model in `link`. */
function classicLoadBalancer(reader: TfReader, base: ResourceBase): LoadBalancer {
  const listeners = reader.blocks(reader.get('listener')).map(
    (block): LoadBalancerListener => ({
      ...base,
      kind: 'aws.elb.listener',
      protocol: upperCase(text(reader.field(block, 'lb_protocol'))),
      port: number(reader.field(block, 'lb_port')),
      sslPolicy: absent(block.at),
      redirectsToHttps: false,
    }),
  );
  return {
    ...base,
    kind: 'aws.elb.load-balancer',
    type: 'classic',
    accessLogs: classicAccessLogs(reader),
    listeners,
    dropInvalidHeaderFields: absent(reader.place),
    crossZone: classicCrossZone(reader),
    // `connection_draining` defaults to false.
    connectionDraining: bool(reader.get('connection_draining')),
  };
}

function listener(reader: TfReader, base: ResourceBase): LoadBalancerListener {
  return {
    ...base,
    kind: 'aws.elb.listener',
    protocol: upperCase(text(reader.get('protocol'))),
    port: number(reader.get('port')),
    sslPolicy: text(reader.get('ssl_policy')),
    redirectsToHttps: redirectsToHttps(reader, reader.get('default_action'), actionKeys),
  };
}

/** Joins the listener to its load balancer; an application load balancer's listener is HTTP unless it says otherwise. */
function attachListener(reader: TfReader, links: Links<TfReader>): void {
  const built = links.resource(reader.resource.address);
  const owner = links.resource(referencedResource(reader.get('load_balancer_arn')) ?? '');
  if (built?.kind !== 'aws.elb.listener' || owner?.kind !== 'aws.elb.load-balancer') return;
  owner.listeners.push(built);
  if (built.protocol.state === 'absent' && owner.type === 'application') built.protocol = known('HTTP', built.protocol.at, built.protocol.property);
}

/** A listener rule whose actions do not redirect to HTTPS means its listener does not redirect every request. */
function applyListenerRule(reader: TfReader, links: Links<TfReader>): void {
  const target = links.resource(referencedResource(reader.get('listener_arn')) ?? '');
  if (target?.kind !== 'aws.elb.listener' || target.redirectsToHttps === false) return;
  const rule = redirectsToHttps(reader, reader.get('action'), actionKeys);
  if (rule !== true) target.redirectsToHttps = rule;
}

/**
 * The classic load balancers a policy resource names: by reference, or by the `name` one declares. A name known
 * only at apply time may be any of them (`undefined`).
 */
function classicLoadBalancersNamed(links: Links<TfReader>, setting: Cursor): LoadBalancer[] | undefined {
  const classic = links.model.of('aws.elb.load-balancer').filter((candidate) => candidate.type === 'classic');
  const address = referencedResource(setting);
  if (address) return classic.filter((candidate) => candidate.address === address);
  const name = text(setting);
  if (name.state !== 'known') return undefined;
  return classic.filter((candidate) => {
    const declared = links.reader(candidate.address);
    const declaredName = declared ? text(declared.get('name')) : undefined;
    return declaredName?.state === 'known' && declaredName.value === name.value;
  });
}

function setSecurityPolicy(target: LoadBalancerListener, settings: Pick<LoadBalancerListener, 'sslPolicy' | 'customProtocols'>): void {
  target.sslPolicy = settings.sslPolicy;
  if (settings.customProtocols) target.customProtocols = settings.customProtocols;
  else delete target.customProtocols;
}

/**
 * Applies a policy to the listeners on a port. When the load balancer or the port is known only at apply time, any
 * listener without a policy may get it, so their policy becomes unknown rather than the default.
 */
function applyToPort(links: Links<TfReader>, loadBalancerSetting: Cursor, portSetting: Cursor, settings: Pick<LoadBalancerListener, 'sslPolicy' | 'customProtocols'>): void {
  const loadBalancers = classicLoadBalancersNamed(links, loadBalancerSetting);
  const port = number(portSetting);
  const candidates = (loadBalancers ?? links.model.of('aws.elb.load-balancer').filter((candidate) => candidate.type === 'classic')).flatMap((owner) => owner.listeners);
  for (const target of candidates) {
    if (loadBalancers && port.state === 'known') {
      if (target.port.state === 'known' && target.port.value === port.value) setSecurityPolicy(target, settings);
      else if (target.port.state !== 'known' && target.sslPolicy.state === 'absent') target.sslPolicy = unknownAttr(target.sslPolicy.at);
    } else if (target.sslPolicy.state === 'absent') target.sslPolicy = unknownAttr(target.sslPolicy.at);
  }
}

/** An `SSLNegotiationPolicyType` policy resource: `aws_lb_ssl_negotiation_policy` or `aws_load_balancer_policy`. */
function negotiationPolicy(reader: TfReader): SslNegotiationPolicy | undefined {
  if (reader.resource.type === 'aws_load_balancer_policy') {
    const type = text(reader.get('policy_type_name'));
    const name = text(reader.get('policy_name'));
    if (type.state !== 'known' || type.value !== 'SSLNegotiationPolicyType' || name.state !== 'known') return undefined;
    return { name: name.value, at: reader.place, ...readNegotiationAttributes(reader, reader.get('policy_attribute'), attributeKeys, reader.place) };
  }
  const name = text(reader.get('name'));
  return { name: name.state === 'known' ? name.value : reader.resource.name, at: reader.place, ...readNegotiationAttributes(reader, reader.get('attribute'), attributeKeys, reader.place) };
}

/**
 * The security policy among a listener policy's `policy_names`: an SSL negotiation policy resource it refers to, or
 * a predefined policy named directly. Names of other policies (stickiness, proxy protocol) are passed over; a name
 * this check cannot follow may be the SSL policy, so the result is unknown.
 */
function listenerPolicySettings(reader: TfReader, links: Links<TfReader>): Pick<LoadBalancerListener, 'sslPolicy' | 'customProtocols'> | undefined {
  const names = reader.get('policy_names');
  if (names.value?.kind === 'unknown') return { sslPolicy: unknownAttr(names.at, names.property) };
  let undecided: Cursor | undefined;
  for (const item of reader.items(names)) {
    const referenced = referencedResource(item);
    const policyReader = referenced ? links.reader(referenced) : undefined;
    if (policyReader?.resource.type === 'aws_load_balancer_policy') {
      const policy = negotiationPolicy(policyReader);
      if (policy) return securityPolicySettings(policy);
      continue;
    }
    const name = text(item);
    if (name.state === 'known' && name.value.startsWith('ELBSecurityPolicy-')) return { sslPolicy: name };
    undecided ??= item;
  }
  return undecided ? { sslPolicy: unknownAttr(undecided.at) } : undefined;
}

const elb: Mapper<TfReader> = {
  types: [
    'aws_lb',
    'aws_alb',
    'aws_lb_listener',
    'aws_alb_listener',
    'aws_lb_listener_rule',
    'aws_alb_listener_rule',
    'aws_elb',
    'aws_lb_ssl_negotiation_policy',
    'aws_load_balancer_policy',
    'aws_load_balancer_listener_policy',
  ],
  kinds: ['aws.elb.load-balancer', 'aws.elb.listener'],

  build(reader, base) {
    switch (reader.resource.type) {
      case 'aws_lb':
      case 'aws_alb':
        return loadBalancer(reader, base);
      case 'aws_lb_listener':
      case 'aws_alb_listener':
        return listener(reader, base);
      case 'aws_elb':
        return classicLoadBalancer(reader, base);
      default:
        return undefined;
    }
  },

  link(reader, links) {
    switch (reader.resource.type) {
      case 'aws_lb_listener':
      case 'aws_alb_listener':
        return attachListener(reader, links);
      case 'aws_lb_listener_rule':
      case 'aws_alb_listener_rule':
        return applyListenerRule(reader, links);
      case 'aws_elb': {
        const owner = links.resource(reader.resource.address);
        if (owner?.kind === 'aws.elb.load-balancer') for (const classicListener of owner.listeners) links.model.add(classicListener);
        return;
      }
      case 'aws_lb_ssl_negotiation_policy': {
        const policy = negotiationPolicy(reader);
        if (policy) applyToPort(links, reader.get('load_balancer'), reader.get('lb_port'), securityPolicySettings(policy));
        return;
      }
      case 'aws_load_balancer_listener_policy': {
        const settings = listenerPolicySettings(reader, links);
        if (settings) applyToPort(links, reader.get('load_balancer_name'), reader.get('load_balancer_port'), settings);
        return;
      }
    }
  },
};
export default elb;
