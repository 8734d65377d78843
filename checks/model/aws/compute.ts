/** EC2 instances, launch templates, Auto Scaling, Lambda, ECS and EKS. */
import type { Attr, Place, ResourceBase } from '../types.ts';
import type { EbsSettings } from './storage.ts';

export interface Ec2Instance extends ResourceBase, LaunchOperations {
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
  /** `DisableApiTermination` (termination protection; default off); taken from the launch template when one is used. */
  terminationProtection: Attr<boolean>;
  /** Spot (`InstanceMarketOptions`): termination protection cannot be turned on for Spot Instances. */
  spot: boolean;
  /** Secrets written into its own user data or cfn-init metadata (the secrets batch). */
  bootSecrets: BootSecret[];
  /**
   * `AssociatePublicIpAddress` as written on each network interface the resource declares (on a launch
   * configuration, its own setting): `true` gives the instance a public IPv4 address whatever its subnet's default.
   * Empty when none is written.
   */
  associatePublicIp: Attr<boolean>[];
}

export type InheritedSetting = 'instanceType' | 'metadataHttpTokens' | 'detailedMonitoring' | 'tenancy';

/** Operations and cost settings instances and launch templates share (the compute rule batch). */
export interface LaunchOperations {
  /** Detailed (1-minute) CloudWatch monitoring. Off by default, except for launch configurations (`InstanceMonitoring`, on). */
  detailedMonitoring: Attr<boolean>;
  /** `default`, `dedicated` or `host`. */
  tenancy: Attr<string>;
}

/** `windows` when the image is recognisably a Windows AMI (e.g. an SSM public parameter path); otherwise not known. */
export type ImagePlatform = 'windows' | undefined;

/** A launch template or (older) launch configuration. */
export interface LaunchTemplate extends ResourceBase, LaunchOperations {
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
  /** `DisableApiTermination` in the template, for the instances that launch from it. */
  terminationProtection: Attr<boolean>;
  /** Requests Spot capacity (`InstanceMarketOptions`). */
  spot: boolean;
  /** Secrets written into its user data or cfn-init metadata (the secrets batch). */
  bootSecrets: BootSecret[];
  /**
   * `AssociatePublicIpAddress` as written on each network interface the resource declares (on a launch
   * configuration, its own setting): `true` gives the instance a public IPv4 address whatever its subnet's default.
   * Empty when none is written.
   */
  associatePublicIp: Attr<boolean>[];
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
  /** SNS notifications of scaling events: the group's own `NotificationConfigurations`, or notification resources naming it. */
  notifications: Attr<boolean>;
}

export interface LambdaFunction extends ResourceBase {
  kind: 'aws.lambda.function';
  /** `FunctionName`; absent when CloudFormation generates one. */
  functionName: Attr<string>;
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
  /**
   * The function's logs go to a log group this stack declares (`LoggingConfig.LogGroup`, or a log group named
   * `/aws/lambda/<function>`): known `false` when none is found, unknown when a name is computed and may match.
   */
  declaredLogGroup: Attr<boolean>;
  /**
   * A CloudFront distribution of this stack runs it (or a version of it) as Lambda@Edge on any event, viewer or
   * origin: it then runs replicated in many Regions, not as an ordinary function (the secrets and Lambda batch).
   */
  edgeTrigger: boolean;
  /**
   * CloudFormation itself invokes it, as the function of a macro (`AWS::CloudFormation::Macro`) or the `ServiceToken`
   * of a custom resource: it runs a few times per stack operation, not under traffic.
   */
  deploymentHandler: boolean;
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
  /** `AssignPublicIp` (`ENABLED` is `true`) / `assign_public_ip` of an `awsvpc` service: its tasks get public IPv4 addresses. Off unless written. */
  assignPublicIp: Attr<boolean>;
}

/** An EKS managed node group: the instance types and AMI type its nodes run. */
export interface EksNodeGroup extends ResourceBase {
  kind: 'aws.eks.node-group';
  /** Absent: EKS uses `t3.medium` (unless a launch template sets the type). */
  instanceTypes: Attr<string[]>;
  /** e.g. `AL2023_x86_64_STANDARD`, `AL2023_ARM_64_STANDARD`, `BOTTLEROCKET_ARM_64`, `CUSTOM`; absent: chosen from the instance types. */
  amiType: Attr<string>;
  /** Launches from a launch template, which may set the instance type and image. */
  launchTemplate: boolean;
  /** `ON_DEMAND` (default) or `SPOT`. */
  capacityType: Attr<string>;
}

export interface EksCluster extends ResourceBase {
  kind: 'aws.eks.cluster';
  endpointPublicAccess: Attr<boolean>;
  publicAccessCidrs: Attr<string[]>;
}

/**
 * A secret in what an instance is handed at boot: user data (readable by anyone who may describe the instance's
 * attributes, and by every process on it through the instance metadata service) or cfn-init metadata (returned by
 * DescribeStackResource, where `NoEcho` does not mask it). Found by `checks/read/aws/boot-secrets.ts`.
 */
export interface BootSecret {
  at: Place;
  /**
   * `assignment`: a secret-named setting given a value written in the source (`DB_PASSWORD=hunter2`);
   * `private-key`: a PEM private key block; `secret-input`: a masked input interpolated into the text (a `NoEcho`
   * parameter, a secret-named Terraform variable, a secret's value); `secret-reference`: a Secrets Manager dynamic
   * reference, which CloudFormation resolves into the plain text.
   */
  kind: 'assignment' | 'private-key' | 'secret-input' | 'secret-reference';
  /** The setting, parameter, variable or secret named (`DB_PASSWORD`, `DbPassword`, `var.db_password`). */
  name: string;
  /** Where it is written, as the source spells it: `UserData`, `AWS::CloudFormation::Init`, `user_data`. */
  property: string;
}

/**
 * A resource-based permission on a Lambda function (`AWS::Lambda::Permission`, `aws_lambda_permission`): who may
 * invoke it, and which source resource or account a service principal must act for.
 */
export interface LambdaPermission extends ResourceBase {
  kind: 'aws.lambda.permission';
  /** `Principal`, e.g. `s3.amazonaws.com`, an account id, or `*`. */
  principal: Attr<string>;
  sourceArn: Attr<string>;
  sourceAccount: Attr<string>;
  /** `SourceArn` names a resource this stack or configuration defines (its lifetime is this stack's). */
  sourceArnFromStack: boolean;
}
