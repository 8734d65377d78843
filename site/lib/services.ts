/**
 * AWS services by display name. Guides and rules name a service by a short slug (`s3`, `elb`); readers see
 * the name AWS uses, in both languages, because AWS itself does not translate its service names.
 */

/** Every service slug a guide or rule may use, with the name AWS publishes for it. */
export const serviceNames = {
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
