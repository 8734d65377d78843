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
  /** `InstanceTenancy`: `default` or `dedicated` (every instance launched into it runs on single-tenant hardware). */
  instanceTenancy: Attr<string>;
  /** NAT gateways and S3 gateway endpoints of this input in the VPC; set by the subnet mappers when any is found. */
  egressPaths?: VpcEgressPaths;
  /** What of this input sends S3 traffic through the VPC's NAT gateways; set by the subnet mappers for every VPC of the input. */
  natTraffic?: NatTraffic;
}

/** How a VPC's private subnets reach Amazon S3: through NAT gateways, or a gateway endpoint (AWS-VPC-S3-GATEWAY-ENDPOINT). */
export interface VpcEgressPaths {
  /** Names of the public NAT gateways placed in the VPC (in one of its subnets, or regional in the VPC itself). */
  natGateways: string[];
  /**
   * An S3 gateway endpoint serves the VPC: `true`; `undefined` when an endpoint whose VPC, service or type is known
   * only at deploy time may be one.
   */
  s3GatewayEndpoint: boolean | undefined;
}

/**
 * Compute of this input in a subnet whose routes lead to a NAT gateway of the VPC (`workload`, one of them, by source
 * name), `unknown` when that cannot be ruled out (a subnet from a parameter, routes or placement decided elsewhere, a
 * NAT-routed subnet handed on in an output), `none` when everything the input places runs in subnets that do not use
 * the NAT gateways.
 */
export type NatTraffic = { state: 'workload'; workload: string; workloadType: string; subnet: string; natGateway: string | undefined } | { state: 'unknown' } | { state: 'none' };

export interface ElasticIp extends ResourceBase {
  kind: 'aws.ec2.eip';
  /** Attached to an instance, network interface or NAT gateway in this template; `undefined` if it cannot be told. */
  attached: boolean | undefined;
}

/** Header handling of application load balancers and traffic settings of classic ones. */
export interface LoadBalancerTrafficSettings {
  /** Application load balancers: `routing.http.drop_invalid_header_fields.enabled`, off unless written. */
  dropInvalidHeaderFields: Attr<boolean>;
  /** Classic: cross-zone load balancing. Known where the format has its own default (Terraform: on); absent means off. */
  crossZone: Attr<boolean>;
  /** Classic: connection draining, off unless written. */
  connectionDraining: Attr<boolean>;
}

export interface LoadBalancer extends ResourceBase, LoadBalancerTrafficSettings {
  kind: 'aws.elb.load-balancer';
  /** `application`, `network`, `gateway` or `classic`; `unknown` when it is decided at deploy time. */
  type: string;
  accessLogs: Attr<boolean>;
  /** Its listeners declared in the same stack. */
  listeners: LoadBalancerListener[];
}

export interface LoadBalancerListener extends ResourceBase {
  kind: 'aws.elb.listener';
  /** Upper case: `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `SSL` (classic), … */
  protocol: Attr<string>;
  port: Attr<number>;
  /** The predefined security policy, e.g. `ELBSecurityPolicy-TLS13-1-2-2021-06` (for a custom classic policy, its own name). */
  sslPolicy: Attr<string>;
  /**
   * Protocols a custom security policy turns on (classic load balancers only), e.g. `TLSv1.2`. Set instead
   * of `sslPolicy` when the listener's policy lists its own protocols rather than naming a predefined one.
   */
  customProtocols?: Attr<string[]>;
  /** Every request is redirected to HTTPS; `undefined` when that depends on values known only at deploy time. */
  redirectsToHttps: boolean | undefined;
}

export interface CloudFrontCacheBehavior {
  at: Place;
  /** `undefined` for the default behavior (or a pattern computed at deploy time). */
  pathPattern: string | undefined;
  /** `allow-all`, `redirect-to-https` or `https-only`. */
  viewerProtocolPolicy: Attr<string>;
  compress: Attr<boolean>;
  /** `TargetOriginId`; `undefined` when computed at deploy time. */
  targetOriginId: string | undefined;
  /** Headers the legacy `ForwardedValues` put in the cache key (`*` is all of them); absent with a cache policy. */
  forwardedHeaders: Attr<string[]>;
  /** `CachePolicyId` when written as a literal id; `undefined` when absent or computed at deploy time. */
  cachePolicyId: string | undefined;
}

/** Viewer TLS, custom origins and web ACL of a CloudFront distribution. */
export interface CloudFrontEdgeSettings {
  viewerCertificate: CloudFrontViewerCertificate;
  /** Origins with a custom origin config (load balancers, APIs, S3 website endpoints, any HTTP server). */
  customOrigins: CloudFrontCustomOrigin[];
  /** `WebACLId`: the AWS WAF web ACL in front of the distribution. */
  webAclId: Attr<string>;
}

export interface CloudFrontViewerCertificate {
  /**
   * Viewers get the `*.cloudfront.net` certificate: `CloudFrontDefaultCertificate` is true, or no viewer
   * certificate is configured. CloudFront then fixes the security policy at TLSv1.
   */
  defaultCertificate: Attr<boolean>;
  /** The security policy for a custom certificate, e.g. `TLSv1.2_2021`; when absent, CloudFront uses `TLSv1`. */
  minimumProtocolVersion: Attr<string>;
}

export interface CloudFrontCustomOrigin {
  at: Place;
  /** `Id`; `undefined` when computed at deploy time. */
  id: string | undefined;
  /** `http-only`, `match-viewer` or `https-only`. */
  protocolPolicy: Attr<string>;
  /** `OriginSSLProtocols`: `SSLv3`, `TLSv1`, `TLSv1.1`, `TLSv1.2`. */
  sslProtocols: Attr<string[]>;
}

export interface CloudFrontDistribution extends ResourceBase, CloudFrontEdgeSettings {
  kind: 'aws.cloudfront.distribution';
  behaviors: CloudFrontCacheBehavior[];
  /** Lower case: `http1.1`, `http2` (default), `http3`, `http2and3`. */
  httpVersion: Attr<string>;
  /**
   * What the distribution gets when the source leaves the HTTP version out: `http1.1` through CloudFormation,
   * `http2` through the API and Terraform. A finding says whether `http1.1` was chosen or is the default.
   */
  defaultHttpVersion: string;
  /** Standard access logs, legacy (to S3) or v2 (through a CloudWatch Logs delivery source). */
  logging: Attr<boolean>;
  /** Addresses (`ResourceBase.address`) of resources of this stack its origins point at (a load balancer, a bucket, an API). */
  origins: string[];
}

export interface WafRateRule {
  at: Place;
  name: string;
  /** Requests one client (by default, one IP address) may send in the evaluation window before it is blocked. */
  limit: Attr<number>;
  /** `EvaluationWindowSec`: 60, 120, 300 (default) or 600. */
  windowSeconds: Attr<number>;
}

/** An AWS WAF (v2) web ACL, its rate-based rules and what it protects in this stack. */
export interface WebAcl extends ResourceBase {
  kind: 'aws.wafv2.web-acl';
  /** `CLOUDFRONT` or `REGIONAL`. */
  scope: Attr<string>;
  rateRules: WafRateRule[];
  /** Addresses (`ResourceBase.address`) of the resources it is associated with (distributions, load balancers, API stages). */
  protects: string[];
}

/** A deployed API stage (REST, HTTP or WebSocket). */
export interface ApiStage extends ResourceBase {
  kind: 'aws.apigateway.stage';
  /** REST APIs only; `undefined` for HTTP and WebSocket APIs, which have no X-Ray tracing. */
  tracing: Attr<boolean> | undefined;
  /** Access logs are sent to a destination. */
  accessLogging: Attr<boolean>;
  /** The stage SAM creates for an implicit API (`Prod` for `ServerlessRestApi`, `$default` for `ServerlessHttpApi`). */
  implicitStageName?: string;
}

/**
 * An API method or route that callers invoke: a REST method (`AWS::ApiGateway::Method`, `aws_api_gateway_method`),
 * an HTTP or WebSocket route (`AWS::ApiGatewayV2::Route`, `aws_apigatewayv2_route`), or the one a SAM function's
 * `Api` or `HttpApi` event adds to its API.
 */
export interface ApiMethod extends ResourceBase {
  kind: 'aws.apigateway.method';
  /** The HTTP verb, upper-cased (`GET`, `OPTIONS`, `ANY`); for a route key without a verb, the key (`$default`, `$connect`). */
  httpMethod: Attr<string>;
  /** As CloudFormation spells it: `NONE` (the default), `AWS_IAM`, `CUSTOM`, `COGNITO_USER_POOLS` or `JWT`. */
  authorizationType: Attr<string>;
  /** Callers must send an API key (REST methods, WebSocket routes); `undefined` where API keys do not exist (HTTP APIs). */
  apiKeyRequired: Attr<boolean> | undefined;
  /** The API's protocol, when the API is in the source and says: `REST`, `HTTP` or `WEBSOCKET`. */
  protocol: 'REST' | 'HTTP' | 'WEBSOCKET' | undefined;
  /** The method belongs to a private REST API (endpoint type `PRIVATE` only), reachable only through interface VPC endpoints. */
  privateApi: boolean;
}

/** A subnet: its VPC, and whether instances launched into it get a public IPv4 address. */
export interface Subnet extends ResourceBase {
  kind: 'aws.ec2.subnet';
  /** `MapPublicIpOnLaunch`: off unless written (only the default subnets AWS creates have it on). */
  mapPublicIpOnLaunch: Attr<boolean>;
  /** How a resource of this input refers to its VPC (a logical id, a Terraform address); `undefined` when the VPC is elsewhere. */
  vpc: string | undefined;
}
