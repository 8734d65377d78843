/** EC2 instances, launch templates, Auto Scaling, Lambda, ECS and EKS. */
import type { Attr, ResourceBase } from '../types.ts';
import type { EbsSettings } from './storage.ts';

export interface Ec2Instance extends ResourceBase {
  kind: 'aws.ec2.instance';
  instanceType: Attr<string>;
  /** IMDS `HttpTokens` (`required` means IMDSv2 only), taken from the launch template when one is used. */
  metadataHttpTokens: Attr<string>;
  /** IMDS endpoint, `enabled` (default) or `disabled`; with it disabled HttpTokens does not matter. */
  metadataEndpoint: Attr<string>;
  blockDevices: EbsSettings[];
  /** Launched from a launch template, which may declare the block devices the instance leaves out. */
  launchTemplate: boolean;
  /**
   * The stack turns EBS encryption by default on for the region (`aws_ebs_encryption_by_default`), so volumes it
   * does not declare, such as a root volume taken from the AMI, are encrypted too.
   */
  encryptedByDefault: boolean;
  imagePlatform: ImagePlatform;
  /**
   * Settings the instance leaves out and takes from a launch template in the same stack. Findings about
   * them belong to that template, which rules report on its own.
   */
  fromLaunchTemplate: InheritedSetting[];
}

export type InheritedSetting = 'instanceType' | 'metadataHttpTokens';

/** `windows` when the image is recognisably a Windows AMI (e.g. an SSM public parameter path); otherwise not known. */
export type ImagePlatform = 'windows' | undefined;

/** A launch template or (older) launch configuration. */
export interface LaunchTemplate extends ResourceBase {
  kind: 'aws.ec2.launch-template';
  /** A legacy launch configuration rather than a launch template. */
  legacyConfiguration: boolean;
  /** Absent when left to whoever launches from the template; unknown when chosen by instance requirements. */
  instanceType: Attr<string>;
  metadataHttpTokens: Attr<string>;
  /** IMDS endpoint, `enabled` (default) or `disabled`. */
  metadataEndpoint: Attr<string>;
  blockDevices: EbsSettings[];
  /**
   * The stack turns EBS encryption by default on for the region (`aws_ebs_encryption_by_default`), so volumes it
   * does not declare, such as a root volume taken from the AMI, are encrypted too.
   */
  encryptedByDefault: boolean;
  imagePlatform: ImagePlatform;
}

export interface AutoScalingGroup extends ResourceBase {
  kind: 'aws.autoscaling.group';
  /** The group name when set explicitly; policies elsewhere in the stack may target it by name. */
  groupName: Attr<string>;
  /** Number of availability zones (or subnets, each in its own zone) the group may launch into. */
  zoneCount: Attr<number>;
  /** `EC2` (default) or `ELB`. */
  healthCheckType: Attr<string>;
  /** Registered with target groups or classic load balancers. */
  behindLoadBalancer: boolean;
  minSize: Attr<number>;
  maxSize: Attr<number>;
  /** Scaling policies and scheduled actions that target this group. */
  scalingPolicyCount: number;
  /** Instance type from the launch template or configuration it uses. */
  instanceType: Attr<string>;
}

export interface LambdaFunction extends ResourceBase {
  kind: 'aws.lambda.function';
  /** e.g. `python3.12`; absent for container-image functions. */
  runtime: Attr<string>;
  packageType: Attr<string>;
  memorySize: Attr<number>;
  /** `x86_64` (default) or `arm64`. */
  architecture: Attr<string>;
  /** `Active` or `PassThrough` (default); SAM also accepts `Disabled`. */
  tracingMode: Attr<string>;
  environment: EnvironmentVariable[];
  /** `ReservedConcurrentExecutions`: both a guarantee and a cap; absent when the function shares the account's pool. */
  reservedConcurrency: Attr<number>;
  /**
   * Provisioned concurrency kept warm: the function's own (SAM `ProvisionedConcurrencyConfig`) or the largest an
   * alias or version of it in this stack asks for; absent when none.
   */
  provisionedConcurrency: Attr<number>;
  /**
   * A CloudFront distribution of this stack runs it (or a version of it) as Lambda@Edge on a viewer request or
   * response, where 128 MB is the most a function may have. An association whose event is not known counts.
   */
  edgeViewerTrigger: boolean;
}

/**
 * Where a configured value comes from. Only `literal` and `parameter` values are readable by anyone who can
 * read the template or the stack's parameters; the others are resolved or masked by the service.
 */
export type ValueOrigin =
  | 'literal'
  /** A template parameter shown in plain text (no `NoEcho`). */
  | 'parameter'
  /** A `NoEcho` parameter. */
  | 'secret-parameter'
  /** A dynamic reference resolved at deploy time (`{{resolve:secretsmanager:…}}`, `{{resolve:ssm-secure:…}}`). */
  | 'dynamic-reference'
  /** An attribute of another resource (an ARN, a name, an endpoint). */
  | 'resource-reference'
  | 'unknown';

export interface EnvironmentVariable {
  name: string;
  value: Attr<string>;
  origin: ValueOrigin;
}

export interface EcsCluster extends ResourceBase {
  kind: 'aws.ecs.cluster';
  /** `enabled`, `enhanced` or `disabled`. */
  containerInsights: Attr<string>;
}

/** An ECS service: how many tasks it runs and how far Application Auto Scaling may take it. */
export interface EcsService extends ResourceBase {
  kind: 'aws.ecs.service';
  /** `DesiredCount`; ECS starts one task when it is left out. */
  desiredCount: Attr<number>;
  /** `MaxCapacity` of the Application Auto Scaling target for the service's desired count; absent without one. */
  autoScalingMax: Attr<number>;
  /** `FARGATE`, `EC2` or `EXTERNAL` (`LaunchType`); absent when a capacity provider strategy decides. */
  launchType: Attr<string>;
  /** Subnets (so, at most, zones) of an `awsvpc` service; absent for other network modes. */
  zoneCount: Attr<number>;
}

export interface EksCluster extends ResourceBase {
  kind: 'aws.eks.cluster';
  endpointPublicAccess: Attr<boolean>;
  publicAccessCidrs: Attr<string[]>;
}
