// Each readiness check's edges: unknown values, caps, proxies, on-demand scaling, rate limits, zones and alarms.
import { describe, expect, it } from 'vitest';
import { dbClassMemoryGiB, defaultMaxConnections, ec2Vcpus } from './instance-classes.ts';
import { roundRequest } from './quotas.ts';
import type { PeakProfileInput, ReadinessItem } from './schema.ts';
import { assessSources } from './sources.ts';

function assess(resources: string, profile: Partial<PeakProfileInput> = {}, parameters = '') {
  const content = `AWSTemplateFormatVersion: "2010-09-09"\n${parameters}Resources:\n${resources}`;
  const result = assessSources([{ path: 't.yaml', content }], { peakRps: 1000, durationMinutes: 60, ...profile });
  expect(result.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  return result.report;
}
const items = (report: { items: ReadinessItem[] }, check: string) => report.items.filter((item) => item.check === check);
const one = (report: { items: ReadinessItem[] }, check: string) => {
  const found = items(report, check);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const text = (item: ReadinessItem) => item.arithmetic.map((line) => line.en).join('\n');

const group = (max: string, extra = '') => `  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties: { MinSize: "1", MaxSize: ${max}, VPCZoneIdentifier: [a, b]${extra} }
  Policy:
    Type: AWS::AutoScaling::ScalingPolicy
    Properties: { AutoScalingGroupName: !Ref Group, PolicyType: TargetTrackingScaling, TargetTrackingConfiguration: { PredefinedMetricSpecification: { PredefinedMetricType: ASGAverageCPUUtilization }, TargetValue: 50 } }
`;

describe('Auto Scaling and ECS capacity', () => {
  it.each([
    ['13', 'pass'],
    ['12', 'warn'],
    ['10', 'warn'],
    ['9', 'fail'],
  ])('MaxSize %s for 10 instances needed (13 with headroom) is %s', (max, status) => {
    expect(one(assess(group(`"${max}"`)), 'autoscaling-capacity').status).toBe(status);
  });

  it('uses the per-instance throughput the customer gives', () => {
    expect(text(one(assess(group('"13"'), { perInstanceRps: 250 }), 'autoscaling-capacity'))).toContain('1,000 rps ÷ 250 rps per instance = 4 instances needed');
  });

  it('warns when MaxSize is known only at deploy time', () => {
    const report = assess(group('!Ref Max'), {}, 'Parameters:\n  Max:\n    Type: Number\n');
    expect(one(report, 'autoscaling-capacity')).toMatchObject({ status: 'warn', advice: { en: expect.stringContaining('at least 13') } });
  });

  it('warns about an ECS service no auto scaling target scales, and passes one that can grow', () => {
    const fixed = assess(`  Web:\n    Type: AWS::ECS::Service\n    Properties: { DesiredCount: 11 }\n`);
    expect(one(fixed, 'ecs-capacity').status).toBe('warn');
    expect(text(one(fixed, 'ecs-capacity'))).toContain('DesiredCount is 11');
    expect(text(one(fixed, 'ecs-capacity'))).toContain('no Application Auto Scaling target scales the service');
    const scaled = assess(`  Web:
    Type: AWS::ECS::Service
    Properties: { Cluster: c, DesiredCount: 2 }
  Scaling:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties: { ServiceNamespace: ecs, ScalableDimension: "ecs:service:DesiredCount", ResourceId: !Sub "service/c/\${Web.Name}", MinCapacity: 2, MaxCapacity: 30 }
`);
    expect(one(scaled, 'ecs-capacity').status).toBe('pass');
  });

  it('warns that capacity cannot be checked when no compute tier is in the files', () => {
    expect(one(assess(`  Bucket:\n    Type: AWS::S3::Bucket\n`), 'compute-capacity').status).toBe('warn');
  });
});

const lambda = (properties = '') => `  Fn:\n    Type: AWS::Lambda::Function\n    Properties: { Runtime: nodejs22.x, Handler: i.h, Role: r, Code: { ZipFile: x }${properties} }\n`;

describe('Lambda concurrency', () => {
  it('computes concurrency from the duration the customer gives', () => {
    const report = assess(lambda(), { peakRps: 3000, lambdaDurationMs: 500 });
    expect(text(one(report, 'lambda-concurrency'))).toContain('3,000 rps × 0.5 s = 1,500 concurrent executions');
    expect(one(report, 'lambda-concurrency').status).toBe('fail');
    expect(report.quotas).toEqual([expect.objectContaining({ code: 'L-B99A9384', askFor: 2000 })]);
  });

  it('notes how long a function takes to scale to a concurrency above 1,000', () => {
    expect(text(one(assess(lambda(), { peakRps: 12_000 }), 'lambda-concurrency'))).toContain('reaching 2,400 from cold takes about 30 s');
  });

  it('fails when reservations leave fewer than 100 unreserved', () => {
    expect(one(assess(lambda(', ReservedConcurrentExecutions: 950'), { peakRps: 100 }), 'lambda-concurrency').status).toBe('fail');
  });

  it('shows provisioned concurrency beside the reservation', () => {
    const item = one(assess(lambda(', ReservedConcurrentExecutions: 400'), { peakRps: 1800 }), 'lambda-reserved-concurrency');
    expect(item.status).toBe('warn');
    expect(text(item)).toContain('reserved concurrency 400 caps the function; 360 × 1.3 headroom = 468');
    const withAlias = one(
      assess(
        `${lambda(', ReservedConcurrentExecutions: 400')}  Live:\n    Type: AWS::Lambda::Alias\n    Properties: { FunctionName: !Ref Fn, FunctionVersion: "1", Name: live, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 50 } }\n`,
      ),
      'lambda-reserved-concurrency',
    );
    expect(text(withAlias)).toContain('provisioned concurrency keeps 50 warm');
  });
});

const table = (properties: string) => `  T:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
${properties}`;

describe('DynamoDB writes', () => {
  it('passes provisioned WCU that already covers the writes with headroom', () => {
    expect(one(assess(table('      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 200 }\n')), 'dynamodb-writes').status).toBe('pass');
  });

  it('warns when only auto scaling reaches the writes: it reacts in minutes', () => {
    const report = assess(`${table('      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 10 }\n')}  S:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties: { ServiceNamespace: dynamodb, ScalableDimension: "dynamodb:table:WriteCapacityUnits", ResourceId: !Sub "table/\${T}", MinCapacity: 10, MaxCapacity: 500 }
`);
    expect(one(report, 'dynamodb-writes').status).toBe('warn');
    expect(text(one(report, 'dynamodb-writes'))).toContain('auto scaling takes several minutes');
  });

  it('fails an on-demand table capped below the writes', () => {
    const item = one(assess(table('      BillingMode: PAY_PER_REQUEST\n      OnDemandThroughput: { MaxWriteRequestUnits: 50 }\n')), 'dynamodb-writes');
    expect(item.status).toBe('fail');
    expect(text(item)).toContain('MaxWriteRequestUnits caps it at 50');
  });

  it('warns when on-demand writes exceed double the previous peak, unless the table is pre-warmed', () => {
    const profile = { peakRps: 50_000, baselineRps: 5_000 };
    const cold = one(assess(table('      BillingMode: PAY_PER_REQUEST\n'), profile), 'dynamodb-writes');
    expect(cold.status).toBe('warn');
    expect(text(cold)).toContain('2 × 500 baseline writes/s = 1,000');
    expect(cold.advice?.en).toContain('WarmThroughput');
    expect(one(assess(table('      BillingMode: PAY_PER_REQUEST\n      WarmThroughput: { WriteUnitsPerSecond: 6000 }\n'), profile), 'dynamodb-writes').status).toBe('pass');
  });

  it('fails above the 40,000 table quota and asks for more', () => {
    const report = assess(table('      BillingMode: PAY_PER_REQUEST\n'), { peakRps: 100_000, peakWritesPerSecond: 35_000 });
    expect(one(report, 'dynamodb-writes').status).toBe('warn');
    const over = assess(table('      BillingMode: PAY_PER_REQUEST\n'), { peakRps: 100_000, peakWritesPerSecond: 45_000 });
    expect(one(over, 'dynamodb-writes').status).toBe('fail');
    expect(over.quotas).toEqual([expect.objectContaining({ code: 'L-AB614373', askFor: 59_000 })]);
  });
});

const database = (properties: string) => `  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: { AllocatedStorage: "20", MultiAZ: true, ${properties} }\n`;

describe('database connections', () => {
  it('warns when the class cannot be read, and names what to check', () => {
    const item = one(assess(database('Engine: postgres, DBInstanceClass: !Ref Class'), {}, 'Parameters:\n  Class:\n    Type: String\n'), 'database-connections');
    expect(item.status).toBe('warn');
    expect(text(item)).toContain('cannot be told from the template');
  });

  it('turns a failure into a warning when an RDS Proxy queues what the database cannot take', () => {
    const resources = `${database('Engine: mysql, DBInstanceClass: db.t3.micro')}${group('"20"')}  Proxy:
    Type: AWS::RDS::DBProxyTargetGroup
    Properties: { DBProxyName: p, TargetGroupName: default, DBInstanceIdentifiers: [!Ref Db] }
`;
    const item = one(assess(resources), 'database-connections');
    expect(text(item)).toContain('1 GiB ÷ 12,582,880 bytes (DBInstanceClassMemory/12582880) = 85');
    expect(item.status).toBe('warn');
  });

  it('counts one connection per concurrent execution when Lambda is the only compute, and wants a proxy', () => {
    const item = one(assess(`${database('Engine: postgres, DBInstanceClass: db.r6g.2xlarge')}${lambda()}`), 'database-connections');
    expect(text(item)).toContain('200 concurrent Lambda executions × 1 connection each = 200 connections');
    expect(text(item)).toContain('LEAST(64 GiB ÷ 9,531,392 bytes, 5,000) = 5,000');
    expect(item.status).toBe('warn');
  });

  it('uses max_connections from the parameter group over the class default', () => {
    const resources = `${database('Engine: mysql, DBInstanceClass: db.t3.micro, DBParameterGroupName: !Ref P')}  P:\n    Type: AWS::RDS::DBParameterGroup\n    Properties: { Family: mysql8.0, Description: p, Parameters: { max_connections: "2000" } }\n${group('"20"')}`;
    const item = one(assess(resources), 'database-connections');
    expect(text(item)).toContain('max_connections in the parameter group = 2,000');
    expect(item.status).toBe('pass');
  });

  it('knows the memory, vCPUs and default connections of common classes', () => {
    expect([dbClassMemoryGiB('db.r6g.large'), dbClassMemoryGiB('db.m7g.4xlarge'), dbClassMemoryGiB('db.t4g.small'), dbClassMemoryGiB('db.serverless')]).toEqual([16, 64, 2, undefined]);
    expect([ec2Vcpus('m6i.2xlarge'), ec2Vcpus('t2.micro'), ec2Vcpus('t3.micro'), ec2Vcpus('c7g.medium'), ec2Vcpus('m5.metal')]).toEqual([8, 1, 2, 1, undefined]);
    expect(defaultMaxConnections('aurora-mysql', 'db.r6g.xlarge')?.value).toBe(2000);
    expect(defaultMaxConnections('aurora-postgresql', 'db.r6g.large')?.value).toBe(1802);
    expect(defaultMaxConnections('sqlserver-se', 'db.m5.large')).toBeUndefined();
  });
});

describe('WAF rate-based rules', () => {
  const alb = `  Alb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n`;
  const acl = (limit: number, associate: boolean) => `  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: a }
      Rules: [{ Name: per-ip, Priority: 0, Action: { Block: {} }, Statement: { RateBasedStatement: { Limit: ${limit}, AggregateKeyType: IP } }, VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: b } }]
${associate ? '  Link:\n    Type: AWS::WAFv2::WebACLAssociation\n    Properties: { ResourceArn: !Ref Alb, WebACLArn: !GetAtt Acl.Arn }\n' : ''}`;

  it('warns about a missing rate rule for a launch and fails it for a flash sale', () => {
    expect(one(assess(alb, { eventType: 'launch' }), 'waf-rate-limit').status).toBe('warn');
    expect(one(assess(alb, { eventType: 'flash-sale' }), 'waf-rate-limit').status).toBe('fail');
  });

  it('warns when the web ACL is not associated with the entry point here', () => {
    const item = one(assess(`${alb}${acl(2000, false)}`), 'waf-rate-limit');
    expect(item.status).toBe('warn');
    expect(text(item)).toContain('not associated here with `Alb`');
  });

  it('holds the limit against what one busy customer sends in the window', () => {
    const profile = { peakRps: 10_000, concurrentUsers: 5_000 };
    const low = one(assess(`${alb}${acl(1000, true)}`, profile), 'waf-rate-limit');
    expect(text(low)).toContain('10,000 rps ÷ 5,000 users × 300 s = 600 requests per customer per window; × 2 margin = 1,200; the limit is 1,000');
    expect(low.status).toBe('warn');
    expect(one(assess(`${alb}${acl(1500, true)}`, profile), 'waf-rate-limit').status).toBe('pass');
  });
});

describe('Multi-AZ', () => {
  it('fails an Aurora cluster with one instance and passes a Multi-AZ DB cluster', () => {
    const aurora = assess(
      `  C:\n    Type: AWS::RDS::DBCluster\n    Properties: { Engine: aurora-postgresql }\n  I:\n    Type: AWS::RDS::DBInstance\n    Properties: { DBClusterIdentifier: !Ref C, DBInstanceClass: db.r6g.large, Engine: aurora-postgresql }\n`,
    );
    expect(one(aurora, 'multi-az')).toMatchObject({ status: 'fail', location: { address: 'AWS::RDS::DBCluster.C' } });
    const multiAzCluster = assess(`  C:\n    Type: AWS::RDS::DBCluster\n    Properties: { Engine: postgres, DBClusterInstanceClass: db.m6gd.large, AllocatedStorage: 100 }\n`);
    expect(one(multiAzCluster, 'multi-az').status).toBe('pass');
  });

  it('skips read replicas and warns when the zones are a parameter', () => {
    const report = assess(
      `  G:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties: { MinSize: "1", MaxSize: "20", VPCZoneIdentifier: !Ref Subnets }\n  Replica:\n    Type: AWS::RDS::DBInstance\n    Properties: { SourceDBInstanceIdentifier: primary, DBInstanceClass: db.r6g.large }\n`,
      {},
      'Parameters:\n  Subnets:\n    Type: List<AWS::EC2::Subnet::Id>\n',
    );
    expect(items(report, 'multi-az').map((item) => [item.location?.address, item.status])).toEqual([['AWS::AutoScaling::AutoScalingGroup.G', 'warn']]);
  });
});

describe('alarms', () => {
  it('counts an alarm only for the resources its dimensions name', () => {
    const report = assess(
      `  A:\n    Type: AWS::SQS::Queue\n  B:\n    Type: AWS::DynamoDB::Table\n    Properties: { BillingMode: PAY_PER_REQUEST, KeySchema: [{ AttributeName: id, KeyType: HASH }], AttributeDefinitions: [{ AttributeName: id, AttributeType: S }] }\n  Other:\n    Type: AWS::SQS::Queue\n  Age:\n    Type: AWS::CloudWatch::Alarm\n    Properties: { Namespace: AWS/SQS, MetricName: ApproximateAgeOfOldestMessage, Dimensions: [{ Name: QueueName, Value: !GetAtt A.QueueName }], AlarmActions: [x], Statistic: Maximum, Period: 60, EvaluationPeriods: 1, Threshold: 60, ComparisonOperator: GreaterThanThreshold }\n  Wrong:\n    Type: AWS::CloudWatch::Alarm\n    Properties: { Namespace: AWS/DynamoDB, MetricName: WriteThrottleEvents, Dimensions: [{ Name: TableName, Value: !Ref Other }], AlarmActions: [x], Statistic: Sum, Period: 60, EvaluationPeriods: 1, Threshold: 0, ComparisonOperator: GreaterThanThreshold }\n`,
    );
    expect(items(report, 'alarms').map((item) => [item.location?.address, item.status])).toEqual([
      ['AWS::SQS::Queue.A', 'pass'],
      ['AWS::DynamoDB::Table.B', 'warn'],
    ]);
  });

  it('warns about an alarm that notifies nobody', () => {
    const report = assess(
      `  Q:\n    Type: AWS::SQS::Queue\n  Age:\n    Type: AWS::CloudWatch::Alarm\n    Properties: { Namespace: AWS/SQS, MetricName: ApproximateAgeOfOldestMessage, Statistic: Maximum, Period: 60, EvaluationPeriods: 1, Threshold: 60, ComparisonOperator: GreaterThanThreshold }\n`,
    );
    const item = one(report, 'alarms');
    expect(item.status).toBe('warn');
    expect(text(item)).toContain('`Age` notifies nobody');
  });
});

describe('quotas', () => {
  it('rounds requests to numbers people ask for', () => {
    expect([roundRequest(67), roundRequest(1234), roundRequest(58_500)]).toEqual([70, 1300, 59_000]);
  });

  it('asks for account-level DynamoDB writes when provisioned tables add up past 80,000', () => {
    const tables = [1, 2, 3].map((n) => table('      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 40000 }\n').replace('  T:', `  T${n}:`)).join('');
    const report = assess(tables, { peakRps: 100_000, peakWritesPerSecond: 30_000 });
    expect(report.quotas).toEqual([expect.objectContaining({ code: 'L-34F8CCC8', askFor: 117_000 })]);
  });
});
