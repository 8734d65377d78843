/** Every AWS resource kind in the model, by kind name: the one table rules and builders share. */
import type { AutoScalingGroup, Ec2Instance, EcsCluster, EcsService, EksCluster, EksNodeGroup, LambdaFunction, LambdaPermission, LaunchTemplate } from './compute.ts';
import type {
  AthenaWorkGroup,
  CacheCluster,
  CloudTrail,
  DocDbCluster,
  DocDbInstance,
  DynamoDbTable,
  FirehoseDeliveryStream,
  GlueCatalogEncryption,
  GlueJob,
  GlueSecurityConfiguration,
  KmsKey,
  LogGroup,
  MetricAlarm,
  OpenSearchDomain,
  RdsCluster,
  RdsInstance,
  SnsTopic,
  SecretInputDefaults,
  SecretsManagerSecret,
  SqsQueue,
} from './data.ts';
import type { IamAccessKey, IamPolicyHolder, IamRole } from './iam.ts';
import type { ApiMethod, ApiStage, CloudFrontDistribution, ElasticIp, LoadBalancer, LoadBalancerListener, SecurityGroup, Subnet, Vpc, WebAcl } from './network.ts';
import type { EbsVolume, EcrRepository, EfsFileSystem, S3Bucket } from './storage.ts';

export interface AwsResourceKinds {
  'aws.s3.bucket': S3Bucket;
  'aws.ebs.volume': EbsVolume;
  'aws.efs.file-system': EfsFileSystem;
  'aws.ecr.repository': EcrRepository;
  'aws.ec2.instance': Ec2Instance;
  'aws.ec2.launch-template': LaunchTemplate;
  'aws.autoscaling.group': AutoScalingGroup;
  'aws.lambda.function': LambdaFunction;
  'aws.ecs.cluster': EcsCluster;
  'aws.ecs.service': EcsService;
  'aws.eks.cluster': EksCluster;
  'aws.eks.node-group': EksNodeGroup;
  'aws.ec2.security-group': SecurityGroup;
  'aws.ec2.vpc': Vpc;
  'aws.ec2.eip': ElasticIp;
  'aws.elb.load-balancer': LoadBalancer;
  'aws.elb.listener': LoadBalancerListener;
  'aws.cloudfront.distribution': CloudFrontDistribution;
  'aws.apigateway.stage': ApiStage;
  'aws.apigateway.method': ApiMethod;
  'aws.wafv2.web-acl': WebAcl;
  'aws.rds.instance': RdsInstance;
  'aws.rds.cluster': RdsCluster;
  'aws.dynamodb.table': DynamoDbTable;
  'aws.docdb.cluster': DocDbCluster;
  'aws.docdb.instance': DocDbInstance;
  'aws.opensearch.domain': OpenSearchDomain;
  'aws.elasticache.cluster': CacheCluster;
  'aws.sqs.queue': SqsQueue;
  'aws.sns.topic': SnsTopic;
  'aws.kms.key': KmsKey;
  'aws.logs.group': LogGroup;
  'aws.cloudtrail.trail': CloudTrail;
  'aws.firehose.delivery-stream': FirehoseDeliveryStream;
  'aws.cloudwatch.alarm': MetricAlarm;
  'aws.iam.policy': IamPolicyHolder;
  'aws.iam.access-key': IamAccessKey;
  'aws.secretsmanager.secret': SecretsManagerSecret;
  'aws.secret.input-defaults': SecretInputDefaults;
  'aws.iam.role': IamRole;
  'aws.lambda.permission': LambdaPermission;
  'aws.ec2.subnet': Subnet;
  'aws.athena.workgroup': AthenaWorkGroup;
  'aws.glue.security-configuration': GlueSecurityConfiguration;
  'aws.glue.job': GlueJob;
  'aws.glue.catalog-encryption': GlueCatalogEncryption;
}

export type { AnyResource, ResourceKind } from '../kinds.ts';

export type * from './compute.ts';
export type * from './data.ts';
export type * from './iam.ts';
export type * from './network.ts';
export type * from './storage.ts';
