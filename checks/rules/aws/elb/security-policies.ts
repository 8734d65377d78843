/**
 * Elastic Load Balancing predefined security policies that accept only TLS 1.2 and later. Policy names encode
 * their oldest protocol: `TLS13-1-2-*` and `TLS13-1-3-*` (with their Res, Ext, FIPS and PQ variants),
 * `TLS-1-2-*` and `FS-1-2-*` start at TLS 1.2, while `TLS13-1-0-*`, `TLS13-1-1-*`, `TLS-1-1-*`, `FS-1-1-*`,
 * `FS-2018-06` and the dated policies such as `ELBSecurityPolicy-2016-08` (the API and CloudFormation default)
 * still accept TLS 1.0 or 1.1. Source: "Security policies for your Application Load Balancer" and the matching
 * Network and Classic Load Balancer pages.
 */
const tls12AndLaterPolicies: readonly RegExp[] = [/^ELBSecurityPolicy-TLS13-1-[23]-/, /^ELBSecurityPolicy-TLS-1-2-/, /^ELBSecurityPolicy-FS-1-2-/];

/** The default for HTTPS and TLS listeners created through the API or CloudFormation without a policy. */
export const defaultSecurityPolicy = 'ELBSecurityPolicy-2016-08';

export function isTls12AndLater(policy: string): boolean {
  return tls12AndLaterPolicies.some((pattern) => pattern.test(policy));
}

/** Protocols older than TLS 1.2 that a custom (classic) policy can switch on. */
export const legacyProtocols: ReadonlySet<string> = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);

/** Listener protocols that terminate TLS and so carry a security policy. */
export const encryptedProtocols: ReadonlySet<string> = new Set(['HTTPS', 'TLS', 'SSL']);
