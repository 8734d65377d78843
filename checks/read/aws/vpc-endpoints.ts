/**
 * What a VPC's NAT gateways and endpoints tell about its route to Amazon S3, read alike from CloudFormation and
 * Terraform: the mappers find which VPC a NAT gateway or endpoint is in, and record it here.
 */
import type { Vpc, VpcEgressPaths } from '../../model/aws/network.ts';
import type { Attr } from '../../model/types.ts';
import type { Links } from '../build.ts';

/** `s3` for Amazon S3, `other` for another service, `undefined` when the name is known only at deploy time. */
export type EndpointService = 's3' | 'other' | undefined;

/** `com.amazonaws.<region>.s3`, and the China Regions' `cn.com.amazonaws.<region>.s3`. */
const s3ServiceName = /^(?:cn\.)?com\.amazonaws\.[a-z0-9-]+\.s3$/;

/**
 * The service an endpoint's service name names. A name computed at deploy time (`!Sub com.amazonaws.${AWS::Region}.s3`,
 * `"com.amazonaws.${var.region}.s3"`) is read from its source text: ending in `.s3` it is S3 (not `s3express`, not
 * `s3-global.accesspoint`), naming another `com.amazonaws.` service it is that one.
 */
export function endpointService(name: Attr<string>, source: string): EndpointService {
  if (name.state === 'known') return s3ServiceName.test(name.value.trim()) ? 's3' : 'other';
  if (name.state === 'absent') return 'other';
  if (/\.s3(?![\w.-])/.test(source)) return 's3';
  return source.includes('com.amazonaws.') ? 'other' : undefined;
}

/** An endpoint is a gateway endpoint unless its type says otherwise; `undefined` when the type is known only at deploy time. */
export function isGatewayEndpoint(type: Attr<string>): boolean | undefined {
  if (type.state === 'absent') return true;
  return type.state === 'known' ? type.value.toLowerCase() === 'gateway' : undefined;
}

/** A NAT gateway is public unless its connectivity type says `private`; `undefined` when known only at deploy time. */
export function isPublicNat(connectivity: Attr<string>): boolean | undefined {
  if (connectivity.state === 'absent') return true;
  return connectivity.state === 'known' ? connectivity.value.toLowerCase() === 'public' : undefined;
}

function pathsOf(vpc: Vpc): VpcEgressPaths {
  vpc.egressPaths ??= { natGateways: [], s3GatewayEndpoint: false };
  return vpc.egressPaths;
}

export function recordNatGateway(vpc: Vpc, natGateway: string): void {
  pathsOf(vpc).natGateways.push(natGateway);
}

/**
 * An endpoint in `vpc`: `certainly` when its VPC setting names it, otherwise (a value chosen at deploy time that
 * mentions it) it may be in it. Only a certain S3 gateway endpoint settles the question; one that may be is enough
 * to leave it open.
 */
export function recordEndpoint(vpc: Vpc, certainly: boolean, service: EndpointService, gateway: boolean | undefined): void {
  if (service === 'other' || gateway === false) return;
  const paths = pathsOf(vpc);
  if (certainly && service === 's3' && gateway === true) paths.s3GatewayEndpoint = true;
  else if (paths.s3GatewayEndpoint === false) paths.s3GatewayEndpoint = undefined;
}

/** The VPC of this input that a `VpcId`/`SubnetId` setting refers to (by logical id or address), through the subnet for a subnet. */
export function vpcNamed(links: Links<unknown>, reference: string | undefined): Vpc | undefined {
  const named = links.resource(reference ?? '');
  const vpc = named?.kind === 'aws.ec2.subnet' ? links.resource(named.vpc ?? '') : named;
  return vpc?.kind === 'aws.ec2.vpc' ? vpc : undefined;
}
