// What the readiness checks read from templates: each snippet against the model fields it should fill.
import { describe, expect, it } from 'vitest';
import { cloudFormation } from '../../formats/cloudformation.ts';
import type { ResourceKind, ResourceKinds as AwsResourceKinds } from '../../model/kinds.ts';
import type { Attr } from '../../model/types.ts';
import { buildModel } from '../build.ts';
import { scenariosOf } from '../scenarios.ts';

function model(resources: string) {
  const read = cloudFormation.read('t.yaml', `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${resources}`);
  if (read.kind !== 'source') throw new Error(JSON.stringify(read));
  const params = new Map<string, string>();
  return buildModel({ template: read.source, params, conditions: scenariosOf(read.source, params)[0]!.conditions }, () => []);
}

function only<K extends ResourceKind>(resources: string, kind: K, name?: string): AwsResourceKinds[K] {
  const found = model(resources)
    .of(kind)
    .filter((resource) => name === undefined || resource.name === name);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const value = <T>(attr: Attr<T>) => (attr.state === 'known' ? attr.value : attr.state);

describe('Lambda concurrency', () => {
  it('reads reserved concurrency and adds up provisioned concurrency of aliases and versions', () => {
    const fn = only(
      `  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: nodejs22.x, Handler: i.h, Role: r, Code: { ZipFile: x }, ReservedConcurrentExecutions: 300 }
  Live:
    Type: AWS::Lambda::Alias
    Properties: { FunctionName: !Ref Fn, FunctionVersion: "1", Name: live, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 40 } }
  Pinned:
    Type: AWS::Lambda::Version
    Properties: { FunctionName: !Ref Fn, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 10 } }
`,
      'aws.lambda.function',
    );
    expect(value(fn.reservedConcurrency)).toBe(300);
    expect(value(fn.provisionedConcurrency)).toBe(50);
  });

  it('takes SAM’s settings from the function or Globals, and leaves them absent otherwise', () => {
    const read = cloudFormation.read(
      'sam.yaml',
      `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    ReservedConcurrentExecutions: 20
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.12, Handler: a.h, CodeUri: ., AutoPublishAlias: live, ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 5 } }
`,
    );
    if (read.kind !== 'source') throw new Error('not a template');
    const built = buildModel({ template: read.source, params: new Map(), conditions: new Map() }, () => []);
    const [fn] = built.of('aws.lambda.function');
    expect(value(fn!.reservedConcurrency)).toBe(20);
    expect(value(fn!.provisionedConcurrency)).toBe(5);
    const plain = only(`  Fn:\n    Type: AWS::Lambda::Function\n    Properties: { Runtime: nodejs22.x, Handler: i.h, Role: r, Code: { ZipFile: x } }\n`, 'aws.lambda.function');
    expect([plain.reservedConcurrency.state, plain.provisionedConcurrency.state]).toEqual(['absent', 'absent']);
  });
});

describe('DynamoDB write capacity', () => {
  it('reads provisioned WCU and the highest write auto scaling maximum, ignoring reads and indexes', () => {
    const table = only(
      `  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 50 }
  Writes:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties: { ServiceNamespace: dynamodb, ScalableDimension: "dynamodb:table:WriteCapacityUnits", ResourceId: !Sub "table/\${Orders}", MinCapacity: 50, MaxCapacity: 900 }
  Reads:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties: { ServiceNamespace: dynamodb, ScalableDimension: "dynamodb:table:ReadCapacityUnits", ResourceId: !Sub "table/\${Orders}", MinCapacity: 5, MaxCapacity: 5000 }
  IndexWrites:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties: { ServiceNamespace: dynamodb, ScalableDimension: "dynamodb:index:WriteCapacityUnits", ResourceId: !Sub "table/\${Orders}/index/byDate", MinCapacity: 5, MaxCapacity: 7000 }
`,
      'aws.dynamodb.table',
    );
    expect(value(table.writeCapacity)).toBe(50);
    expect(value(table.writeAutoScalingMax)).toBe(900);
    expect(table.autoScalingTargets).toBe(3);
    expect([table.capacityScaling.reads, table.capacityScaling.writes]).toEqual([true, true]);
  });

  it('marks the index a scalable target names, and every index when its name cannot be read', () => {
    const indexes = (target: string) =>
      only(
        `  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }
      GlobalSecondaryIndexes:
        - { IndexName: byDate, KeySchema: [{ AttributeName: id, KeyType: HASH }], Projection: { ProjectionType: ALL }, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }
        - { IndexName: byCustomer, KeySchema: [{ AttributeName: id, KeyType: HASH }], Projection: { ProjectionType: ALL }, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }
  Reads:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties: { ServiceNamespace: dynamodb, ScalableDimension: "dynamodb:index:ReadCapacityUnits", ResourceId: ${target}, MinCapacity: 5, MaxCapacity: 50 }
`,
        'aws.dynamodb.table',
      ).capacityScaling.indexes.map((index) => [index.name, index.reads, index.writes]);
    expect(indexes('!Sub "table/${Orders}/index/byDate"')).toEqual([
      ['byDate', true, false],
      ['byCustomer', false, false],
    ]);
    expect(indexes('!Sub "table/${Orders}/index/${AWS::StackName}"')).toEqual([
      ['byDate', true, false],
      ['byCustomer', true, false],
    ]);
  });

  it('reads the on-demand cap and warm throughput, and a global table’s write auto scaling', () => {
    const onDemand = only(
      `  Carts:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      OnDemandThroughput: { MaxWriteRequestUnits: 2000 }
      WarmThroughput: { WriteUnitsPerSecond: 12000 }
`,
      'aws.dynamodb.table',
    );
    expect([value(onDemand.maxOnDemandWrites), value(onDemand.warmWrites), onDemand.writeCapacity.state]).toEqual([2000, 12000, 'absent']);
    const global = only(
      `  Sessions:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      Replicas: [{ Region: us-east-1 }]
      WriteProvisionedThroughputSettings:
        WriteCapacityAutoScalingSettings: { MinCapacity: 10, MaxCapacity: 300, TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } }
`,
      'aws.dynamodb.table',
    );
    expect([value(global.writeCapacity), value(global.writeAutoScalingMax)]).toEqual([10, 300]);
  });
});

describe('RDS connections', () => {
  const cluster = `  Db:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, DBClusterParameterGroupName: !Ref ClusterParams }
  Writer:
    Type: AWS::RDS::DBInstance
    Properties: { DBClusterIdentifier: !Ref Db, DBInstanceClass: db.r6g.large, Engine: aurora-mysql, DBParameterGroupName: !Ref Params }
  Params:
    Type: AWS::RDS::DBParameterGroup
    Properties: { Family: aurora-mysql8.0, Description: p, Parameters: { max_connections: "1500" } }
  ClusterParams:
    Type: AWS::RDS::DBClusterParameterGroup
    Properties: { Family: aurora-mysql8.0, Description: c, Parameters: { max_connections: "{DBInstanceClassMemory/12582880}" } }
  Proxy:
    Type: AWS::RDS::DBProxyTargetGroup
    Properties: { DBProxyName: p, TargetGroupName: default, DBClusterIdentifiers: [!Ref Db] }
`;

  it('links a member to its cluster, sees the proxy in front and reads max_connections from the parameter group', () => {
    const built = model(cluster);
    const [db] = built.of('aws.rds.cluster');
    const [writer] = built.of('aws.rds.instance');
    expect(writer!.cluster).toBe('Db');
    expect(db!.behindProxy).toBe(true);
    expect(value(writer!.maxConnections)).toBe(1500);
    // A formula is not a number the template states.
    expect(db!.maxConnections.state).toBe('unknown');
  });

  it('leaves max_connections absent and no proxy for a plain instance', () => {
    const instance = only(`  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: { Engine: postgres, DBInstanceClass: db.m6i.large, AllocatedStorage: "20" }\n`, 'aws.rds.instance');
    expect([instance.maxConnections.state, instance.behindProxy, instance.cluster]).toEqual(['absent', false, undefined]);
  });
});

describe('ECS services', () => {
  it('reads the desired count, the subnets and the auto scaling maximum', () => {
    const service = only(
      `  Web:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      DesiredCount: 4
      LaunchType: FARGATE
      NetworkConfiguration: { AwsvpcConfiguration: { Subnets: [subnet-a, subnet-b, subnet-c] } }
  Cluster:
    Type: AWS::ECS::Cluster
  Scaling:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties: { ServiceNamespace: ecs, ScalableDimension: "ecs:service:DesiredCount", ResourceId: !Sub "service/\${Cluster}/\${Web.Name}", MinCapacity: 4, MaxCapacity: 60 }
`,
      'aws.ecs.service',
    );
    expect([value(service.desiredCount), value(service.zoneCount), value(service.autoScalingMax), value(service.launchType)]).toEqual([4, 3, 60, 'FARGATE']);
  });
});

describe('WAF web ACLs', () => {
  it('reads rate-based rules and what they protect, through associations and CloudFront', () => {
    const acl = only(
      `  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: a }
      Rules:
        - Name: burst
          Priority: 0
          Action: { Block: {} }
          Statement: { RateBasedStatement: { Limit: 500, EvaluationWindowSec: 60, AggregateKeyType: IP } }
          VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: b }
        - Name: managed
          Priority: 1
          OverrideAction: { None: {} }
          Statement: { ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesCommonRuleSet } }
          VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: c }
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Link:
    Type: AWS::WAFv2::WebACLAssociation
    Properties: { ResourceArn: !Ref Alb, WebACLArn: !GetAtt Acl.Arn }
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        WebACLId: !GetAtt Acl.Arn
        Origins: [{ Id: alb, DomainName: !GetAtt Alb.DNSName, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        DefaultCacheBehavior: { TargetOriginId: alb, ViewerProtocolPolicy: https-only }
`,
      'aws.wafv2.web-acl',
    );
    expect(acl.rateRules.map((rule) => [rule.name, value(rule.limit), value(rule.windowSeconds)])).toEqual([['burst', 500, 60]]);
    expect(acl.protects.sort()).toEqual(['AWS::CloudFront::Distribution.Cdn', 'AWS::ElasticLoadBalancingV2::LoadBalancer.Alb']);
  });
});

describe('CloudWatch alarms and CloudFront origins', () => {
  it('reads a single-metric alarm, its subject and whether it notifies', () => {
    const alarm = only(
      `  Queue:
    Type: AWS::SQS::Queue
  Age:
    Type: AWS::CloudWatch::Alarm
    Properties: { Namespace: AWS/SQS, MetricName: ApproximateAgeOfOldestMessage, Dimensions: [{ Name: QueueName, Value: !GetAtt Queue.QueueName }], Statistic: Maximum, Period: 60, EvaluationPeriods: 1, Threshold: 60, ComparisonOperator: GreaterThanThreshold }
`,
      'aws.cloudwatch.alarm',
    );
    expect(alarm.metrics).toEqual([{ namespace: 'AWS/SQS', metricName: 'ApproximateAgeOfOldestMessage' }]);
    expect(alarm.subjects).toEqual(['Queue']);
    expect(alarm.notifies).toBe(false);
  });

  it('reads every metric of a metric-math alarm', () => {
    const alarm = only(
      `  ErrorRate:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmActions: [arn:aws:sns:us-east-1:123456789012:pager]
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanThreshold
      Metrics:
        - { Id: errors, MetricStat: { Metric: { Namespace: AWS/ApplicationELB, MetricName: HTTPCode_Target_5XX_Count }, Period: 60, Stat: Sum }, ReturnData: false }
        - { Id: requests, MetricStat: { Metric: { Namespace: AWS/ApplicationELB, MetricName: RequestCount }, Period: 60, Stat: Sum }, ReturnData: false }
        - { Id: rate, Expression: "100 * errors / requests" }
`,
      'aws.cloudwatch.alarm',
    );
    expect(alarm.metrics.map((metric) => metric.metricName)).toEqual(['HTTPCode_Target_5XX_Count', 'RequestCount']);
    expect(alarm.notifies).toBe(true);
  });

  it('lists the resources a distribution’s origins point at', () => {
    const distribution = only(
      `  Site:
    Type: AWS::S3::Bucket
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{ Id: s3, DomainName: !GetAtt Site.RegionalDomainName, S3OriginConfig: {} }, { Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        DefaultCacheBehavior: { TargetOriginId: s3, ViewerProtocolPolicy: https-only }
`,
      'aws.cloudfront.distribution',
    );
    expect(distribution.origins).toEqual(['AWS::S3::Bucket.Site']);
  });
});
