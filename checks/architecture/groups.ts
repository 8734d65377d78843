/**
 * Which band of the architecture picture a resource belongs in. A modelled resource goes by its model kind; any
 * other by the words of its source type, which CloudFormation and Terraform share once split
 * (`AWS::EC2::SecurityGroup` and `aws_security_group` both read "security group"), so no format is named here.
 */
import type { ResourceKind } from '../model/kinds.ts';
import type { ArchitectureGroup } from '../report/schema.ts';

const groupOfKind: Record<ResourceKind, ArchitectureGroup> = {
  'aws.cloudfront.distribution': 'edge',
  'aws.apigateway.stage': 'edge',
  'aws.apigateway.method': 'edge',
  'aws.elb.load-balancer': 'edge',
  'aws.elb.listener': 'edge',
  'aws.ec2.vpc': 'network',
  'aws.ec2.security-group': 'network',
  'aws.ec2.eip': 'network',
  'aws.ec2.instance': 'compute',
  'aws.ec2.launch-template': 'compute',
  'aws.autoscaling.group': 'compute',
  'aws.lambda.function': 'compute',
  'aws.ecs.cluster': 'compute',
  'aws.ecs.service': 'compute',
  'aws.eks.cluster': 'compute',
  'aws.eks.node-group': 'compute',
  'aws.sqs.queue': 'messaging',
  'aws.sns.topic': 'messaging',
  'aws.s3.bucket': 'data',
  'aws.ebs.volume': 'data',
  'aws.efs.file-system': 'data',
  'aws.ecr.repository': 'data',
  'aws.rds.instance': 'data',
  'aws.rds.cluster': 'data',
  'aws.dynamodb.table': 'data',
  'aws.docdb.cluster': 'data',
  'aws.docdb.instance': 'data',
  'aws.opensearch.domain': 'data',
  'aws.elasticache.cluster': 'data',
  'aws.wafv2.web-acl': 'security',
  'aws.kms.key': 'security',
  'aws.iam.policy': 'security',
  'aws.iam.access-key': 'security',
  'aws.logs.group': 'observability',
  'aws.cloudtrail.trail': 'observability',
  'aws.firehose.delivery-stream': 'messaging',
  'aws.cloudwatch.alarm': 'observability',
  'aws.secretsmanager.secret': 'security',
  'aws.secret.input-defaults': 'security',
  'aws.iam.role': 'security',
  'aws.lambda.permission': 'compute',
  'aws.ec2.subnet': 'network',
  'aws.athena.workgroup': 'data',
  'aws.glue.security-configuration': 'data',
  'aws.glue.job': 'data',
  'aws.glue.catalog-encryption': 'data',
  workload: 'compute',
  'k8s.service': 'network',
  'k8s.ingress': 'edge',
  'k8s.pdb': 'compute',
  'k8s.hpa': 'compute',
  'k8s.network-policy': 'security',
  'k8s.service-account': 'security',
  'k8s.role': 'security',
  'k8s.role-binding': 'security',
};

/**
 * Words of a type, in order of trust: the first rule any of whose patterns matches wins. A pattern is a word, or
 * words that must all be present. Service names come first (`rds`, `logs`), since they settle it; the generic
 * words after them (`subnet`, `table`) place what a service name leaves open, such as EC2's many types.
 */
const rules: readonly (readonly [ArchitectureGroup, readonly (string | readonly string[])[]])[] = [
  [
    'messaging',
    [['cloudwatch', 'event'], 'events', 'eventbridge', 'scheduler', 'pipes', 'sqs', 'sns', 'kinesis', 'firehose', 'kinesisfirehose', 'msk', 'mq', 'amazonmq', 'stepfunctions', 'sfn', 'ses'],
  ],
  ['observability', ['logs', 'cloudwatch', 'cloudtrail', 'xray', 'synthetics', 'grafana', 'aps', 'oam', 'internetmonitor', 'applicationinsights', ['flow', 'log']]],
  [
    'security',
    [
      'iam',
      'kms',
      'secretsmanager',
      'waf',
      'wafv2',
      'wafregional',
      'certificatemanager',
      'acm',
      'acmpca',
      'cognito',
      'guardduty',
      'securityhub',
      'shield',
      'sso',
      'accessanalyzer',
      'macie',
      'inspector',
      'inspectorv2',
      'detective',
      'networkfirewall',
      'config',
    ],
  ],
  ['edge', ['cloudfront', 'route53', 'apigateway', 'apigatewayv2', ['api', 'gateway'], 'elasticloadbalancing', 'elasticloadbalancingv2', 'lb', 'alb', 'elb', 'globalaccelerator', 'appsync']],
  [
    'data',
    [
      's3',
      's3express',
      'dynamodb',
      'rds',
      'db',
      'elasticache',
      'efs',
      'ebs',
      'ecr',
      'opensearchservice',
      'opensearch',
      'elasticsearch',
      'redshift',
      'neptune',
      'docdb',
      'memorydb',
      'dax',
      'backup',
      'glue',
      'athena',
      'timestream',
      'fsx',
      'keyspaces',
      'cassandra',
      'qldb',
      'lakeformation',
      'sdb',
    ],
  ],
  ['compute', ['lambda', 'ecs', 'eks', 'autoscaling', 'applicationautoscaling', 'batch', 'lightsail', 'elasticbeanstalk', 'apprunner', 'imagebuilder']],
  [
    'network',
    [
      'vpc',
      'subnet',
      'route',
      'gateway',
      'nat',
      'eip',
      'network',
      'interface',
      'endpoint',
      ['security', 'group'],
      'securitygroup',
      'securitygroupingress',
      'securitygroupegress',
      'peering',
      'transit',
      'vpn',
      'dhcp',
      'prefix',
      'directconnect',
      'servicediscovery',
    ],
  ],
  ['data', ['bucket', 'table', 'database', 'volume', 'snapshot', 'cache']],
  ['messaging', ['queue', 'topic', ['state', 'machine'], 'statemachine', 'bus']],
  ['edge', ['api', 'distribution', 'domain', 'certificate']],
  ['compute', ['ec2', 'instance', 'function', 'launch', 'container', 'task', 'host', 'fleet', 'layer']],
];

/**
 * `AWS::EC2::SecurityGroupIngress` → aws, ec2, securitygroupingress, security, group, ingress;
 * `aws_lb_target_group` → aws, lb, target, group. Whole segments stay words too, so `WAFv2` is `wafv2`.
 */
export function typeWords(sourceType: string): Set<string> {
  const words = new Set<string>();
  for (const segment of sourceType.split(/::|_|-|\./)) {
    if (segment === '') continue;
    words.add(segment.toLowerCase());
    for (const part of segment.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []) words.add(part.toLowerCase());
  }
  return words;
}

export function groupOf(kind: string, sourceType: string): ArchitectureGroup {
  const byKind = groupOfKind[kind as ResourceKind];
  if (byKind) return byKind;
  const words = typeWords(sourceType);
  const matches = (pattern: string | readonly string[]) => (typeof pattern === 'string' ? words.has(pattern) : pattern.every((word) => words.has(word)));
  return rules.find(([, patterns]) => patterns.some(matches))?.[0] ?? 'other';
}
