/**
 * AWS services by display name. Guides and rules name a service by a short slug (`s3`, `elb`); readers see
 * the name AWS uses, in both languages, because AWS itself does not translate its service names.
 */

/** Every service slug a guide or rule may use, with the name AWS publishes for it. */
export const serviceNames = {
  arc: 'Amazon Application Recovery Controller',
  athena: 'Amazon Athena',
  aurora: 'Amazon Aurora',
  batch: 'AWS Batch',
  codebuild: 'AWS CodeBuild',
  codepipeline: 'AWS CodePipeline',
  'compute-optimizer': 'AWS Compute Optimizer',
  config: 'AWS Config',
  controltower: 'AWS Control Tower',
  detective: 'Amazon Detective',
  directconnect: 'AWS Direct Connect',
  firehose: 'Amazon Data Firehose',
  glue: 'AWS Glue',
  guardduty: 'Amazon GuardDuty',
  health: 'AWS Health',
  identitycenter: 'AWS IAM Identity Center',
  inspector: 'Amazon Inspector',
  ipam: 'Amazon VPC IP Address Manager',
  macie: 'Amazon Macie',
  resiliencehub: 'AWS Resilience Hub',
  securityhub: 'AWS Security Hub',
  servicecatalog: 'AWS Service Catalog',
  shield: 'AWS Shield',
  stepfunctions: 'AWS Step Functions',
  transitgateway: 'AWS Transit Gateway',
  vpn: 'AWS Site-to-Site VPN',
  wellarchitected: 'AWS Well-Architected Tool',
  apigateway: 'Amazon API Gateway',
  autoscaling: 'Amazon EC2 Auto Scaling',
  backup: 'AWS Backup',
  billing: 'AWS Billing and Cost Management',
  cloudformation: 'AWS CloudFormation',
  cloudfront: 'Amazon CloudFront',
  cloudtrail: 'AWS CloudTrail',
  cloudwatch: 'Amazon CloudWatch',
  codedeploy: 'AWS CodeDeploy',
  dms: 'AWS Database Migration Service',
  docdb: 'Amazon DocumentDB',
  dynamodb: 'Amazon DynamoDB',
  ebs: 'Amazon EBS',
  ec2: 'Amazon EC2',
  ecr: 'Amazon ECR',
  ecs: 'Amazon ECS',
  efs: 'Amazon EFS',
  eks: 'Amazon EKS',
  elasticache: 'Amazon ElastiCache',
  elb: 'Elastic Load Balancing',
  eventbridge: 'Amazon EventBridge',
  fargate: 'AWS Fargate',
  fis: 'AWS Fault Injection Service',
  iam: 'AWS IAM',
  kms: 'AWS KMS',
  opensearch: 'Amazon OpenSearch Service',
  compose: 'Docker Compose',
  kubernetes: 'Kubernetes',
  lambda: 'AWS Lambda',
  organizations: 'AWS Organizations',
  rds: 'Amazon RDS',
  route53: 'Amazon Route 53',
  s3: 'Amazon S3',
  secretsmanager: 'AWS Secrets Manager',
  servicequotas: 'Service Quotas',
  sns: 'Amazon SNS',
  sqs: 'Amazon SQS',
  ssm: 'AWS Systems Manager',
  vpc: 'Amazon VPC',
  waf: 'AWS WAF',
  xray: 'AWS X-Ray',
} as const satisfies Record<string, string>;

export type ServiceSlug = keyof typeof serviceNames;

/**
 * `elb` → `Elastic Load Balancing`. A slug missing from the table fails the build, so a new guide's service
 * cannot silently show up as a lowercase slug.
 */
export function serviceName(slug: string): string {
  const name = (serviceNames as Record<string, string>)[slug];
  if (!name) throw new Error(`no display name for the service "${slug}": add it to site/lib/services.ts`);
  return name;
}
