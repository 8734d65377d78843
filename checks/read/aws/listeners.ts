/**
 * Load balancer listener settings that mean the same in every format: whether a list of actions sends every
 * request to HTTPS, and what a classic SSL negotiation policy turns on. Formats differ only in key spellings.
 */
import type { LoadBalancerListener } from '../../model/aws/network.ts';
import { absent, known, unknownAttr, type Attr, type Place } from '../../model/types.ts';
import { bool, isUnknown, text } from '../convert.ts';
import type { Cursor, Reader } from '../cursor.ts';

/** The keys of a listener action: CloudFormation's `Type`/`RedirectConfig`/`Protocol`, Terraform's `type`/`redirect`/`protocol`. */
export interface ActionKeys {
  type: string;
  redirect: string;
  protocol: string;
}

/**
 * Whether a list of listener actions sends every request to HTTPS: each final action (forward, redirect,
 * fixed-response; authentication runs before them) must be a redirect whose protocol is HTTPS.
 */
export function redirectsToHttps<V>(reader: Reader<V>, actions: Cursor<V>, keys: ActionKeys): boolean | undefined {
  if (isUnknown(actions)) return undefined;
  let finalActions = 0;
  let undecided = false;
  for (const action of reader.items(actions)) {
    const type = text(reader.field(action, keys.type));
    if (type.state !== 'known') {
      undecided = true;
      continue;
    }
    if (type.value.toLowerCase().startsWith('authenticate-')) continue;
    finalActions++;
    if (type.value.toLowerCase() !== 'redirect') return false;
    const protocol = text(reader.field(reader.field(action, keys.redirect), keys.protocol));
    if (protocol.state === 'unknown') undecided = true;
    // Without a protocol the redirect keeps the request's own (`#{protocol}`), so HTTP stays HTTP.
    else if (protocol.state === 'absent' || protocol.value.toUpperCase() !== 'HTTPS') return false;
  }
  return undecided || finalActions === 0 ? undefined : true;
}

/** A classic load balancer's `SSLNegotiationPolicyType` policy. */
export interface SslNegotiationPolicy {
  name: string;
  at: Place;
  /** The predefined policy it copies (`Reference-Security-Policy`), absent for a custom policy. */
  reference: Attr<string>;
  /** Protocols a custom policy switches on (`Protocol-TLSv1.2: true` → `TLSv1.2`). */
  protocols: Attr<string[]>;
}

/** Reads a negotiation policy's attribute list (`Name`/`Value` pairs, or Terraform's `name`/`value` blocks). */
export function readNegotiationAttributes<V>(reader: Reader<V>, attributes: Cursor<V>, keys: { name: string; value: string }, at: Place): Pick<SslNegotiationPolicy, 'reference' | 'protocols'> {
  let reference: Attr<string> = absent(at);
  let protocols: Attr<string[]> = isUnknown(attributes) ? unknownAttr(attributes.at) : known([], attributes.at);
  for (const attribute of reader.items(attributes)) {
    const name = text(reader.field(attribute, keys.name));
    const attributeName = name.state === 'known' ? name.value : undefined;
    const value = reader.field(attribute, keys.value);
    if (attributeName === 'Reference-Security-Policy') reference = text(value);
    else if (attributeName?.startsWith('Protocol-') && protocols.state === 'known') {
      const enabled = bool(value);
      if (enabled.state === 'unknown') protocols = unknownAttr(enabled.at);
      else if (enabled.state === 'known' && enabled.value) protocols = known([...protocols.value, attributeName.slice('Protocol-'.length)], protocols.at);
    } else if (attributeName === undefined) protocols = unknownAttr(attribute.at);
  }
  return { reference, protocols };
}

/** The listener's security policy as the model holds it: the predefined policy a policy copies, or its own protocols. */
export function securityPolicySettings(policy: SslNegotiationPolicy): Pick<LoadBalancerListener, 'sslPolicy' | 'customProtocols'> {
  if (policy.reference.state !== 'absent') return { sslPolicy: policy.reference };
  return { sslPolicy: known(policy.name, policy.at), customProtocols: policy.protocols };
}
