/** Security groups, VPCs, Elastic IPs, load balancers, CloudFront and API Gateway. */
import type { Attr, Place, ResourceBase } from '../types.ts';

export interface SecurityGroupRule {
  at: Place;
  /** The resource that declares the rule: the group itself, or a standalone ingress/egress resource. */
  owner: ResourceBase;
  direction: 'ingress' | 'egress';
  /** `tcp`, `udp`, `icmp`, `icmpv6` or `-1` (all), as numbers are normalised to names. */
  protocol: Attr<string>;
  fromPort: Attr<number>;
  toPort: Attr<number>;
  cidrIpv4: Attr<string>;
  cidrIpv6: Attr<string>;
}

export interface SecurityGroup extends ResourceBase {
  kind: 'aws.ec2.security-group';
  rules: SecurityGroupRule[];
}

export interface Vpc extends ResourceBase {
  kind: 'aws.ec2.vpc';
  /** Flow logs in this template that capture the VPC. */
  flowLogCount: number;
}

export interface ElasticIp extends ResourceBase {
  kind: 'aws.ec2.eip';
  /** Attached to an instance, network interface or NAT gateway in this template; `undefined` if it cannot be told. */
  attached: boolean | undefined;
}

export interface LoadBalancer extends ResourceBase {
  kind: 'aws.elb.load-balancer';
  /** `application`, `network`, `gateway` or `classic`. */
  type: string;
  accessLogs: Attr<boolean>;
}

export interface LoadBalancerListener extends ResourceBase {
  kind: 'aws.elb.listener';
  /** `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, … */
  protocol: Attr<string>;
  sslPolicy: Attr<string>;
  /** Every default action redirects to HTTPS. */
  redirectsToHttps: boolean;
}

export interface CloudFrontCacheBehavior {
  at: Place;
  /** `allow-all`, `redirect-to-https` or `https-only`. */
  viewerProtocolPolicy: Attr<string>;
  compress: Attr<boolean>;
}

export interface CloudFrontDistribution extends ResourceBase {
  kind: 'aws.cloudfront.distribution';
  behaviors: CloudFrontCacheBehavior[];
  /** `http1.1`, `http2` (default), `http3`, `http2and3`. */
  httpVersion: Attr<string>;
  logging: Attr<boolean>;
}

/** A deployed API stage (REST, HTTP or WebSocket). */
export interface ApiStage extends ResourceBase {
  kind: 'aws.apigateway.stage';
  /** REST APIs only; `undefined` for HTTP APIs, which have no X-Ray tracing. */
  tracing: Attr<boolean> | undefined;
  accessLogging: Attr<boolean>;
}
