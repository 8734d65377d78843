import { describe, expect, it } from 'vitest';
import { groupOf, typeWords } from './groups.ts';

describe('architecture groups', () => {
  it('splits CloudFormation and Terraform type names into the same words', () => {
    expect([...typeWords('AWS::EC2::SecurityGroupIngress')]).toEqual(expect.arrayContaining(['ec2', 'security', 'group', 'ingress']));
    expect([...typeWords('aws_security_group_rule')]).toEqual(expect.arrayContaining(['security', 'group', 'rule']));
    expect([...typeWords('AWS::RDS::DBInstance')]).toEqual(expect.arrayContaining(['rds', 'db', 'instance']));
    expect(typeWords('AWS::WAFv2::WebACL').has('wafv2')).toBe(true);
  });

  it('places a modelled resource by its kind, whatever its source type', () => {
    expect(groupOf('aws.lambda.function', 'AWS::Serverless::Function')).toBe('compute');
    expect(groupOf('aws.apigateway.stage', 'AWS::Serverless::Api')).toBe('edge');
    expect(groupOf('aws.ec2.security-group', 'AWS::EC2::SecurityGroupIngress')).toBe('network');
  });

  it.each([
    ['AWS::EC2::Subnet', 'network'],
    ['aws_subnet', 'network'],
    ['AWS::EC2::RouteTable', 'network'],
    ['AWS::EC2::NatGateway', 'network'],
    ['AWS::EC2::VPCEndpoint', 'network'],
    ['AWS::ApiGateway::RestApi', 'edge'],
    ['aws_api_gateway_rest_api', 'edge'],
    ['AWS::ApiGatewayV2::Api', 'edge'],
    ['AWS::Serverless::HttpApi', 'edge'],
    ['AWS::Route53::RecordSet', 'edge'],
    ['AWS::ElasticLoadBalancingV2::TargetGroup', 'edge'],
    ['aws_lb_target_group', 'edge'],
    ['AWS::Lambda::Permission', 'compute'],
    ['AWS::EC2::KeyPair', 'compute'],
    ['aws_instance', 'compute'],
    ['AWS::Serverless::LayerVersion', 'compute'],
    ['AWS::RDS::DBSubnetGroup', 'data'],
    ['aws_db_instance', 'data'],
    ['AWS::EC2::Volume', 'data'],
    ['AWS::Serverless::SimpleTable', 'data'],
    ['AWS::S3::BucketPolicy', 'data'],
    ['AWS::SQS::QueuePolicy', 'messaging'],
    ['AWS::Events::Rule', 'messaging'],
    ['aws_cloudwatch_event_rule', 'messaging'],
    ['AWS::Serverless::StateMachine', 'messaging'],
    ['AWS::IAM::Role', 'security'],
    ['aws_iam_role_policy_attachment', 'security'],
    ['AWS::SecretsManager::Secret', 'security'],
    ['AWS::CertificateManager::Certificate', 'security'],
    ['AWS::Logs::SubscriptionFilter', 'observability'],
    ['AWS::EC2::FlowLog', 'observability'],
    ['AWS::CloudWatch::Dashboard', 'observability'],
    ['AWS::CloudFormation::WaitConditionHandle', 'other'],
    ['Custom::Seeder', 'other'],
  ])('places an unmodelled %s in %s', (type, group) => {
    expect(groupOf('unmodelled', type)).toBe(group);
  });
});
