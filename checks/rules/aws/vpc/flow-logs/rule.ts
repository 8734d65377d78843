import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-VPC-FLOW-LOGS',
  title: 'VPCs have flow logs',
  problem: 'VPC has no flow log',
  pillar: 'operations',
  severity: 'medium',
  rationale:
    'VPC flow logs record the accepted and rejected connections of every network interface in the VPC. Without them there is no record to troubleshoot security group and routing problems or to investigate suspicious traffic after the fact, and they cannot be produced retroactively.',
  guide: 'vpc-flow-logs',
  reads: ['aws.ec2.vpc'],
  messages: {
    noFlowLog: 'VPC {vpc} has no flow log in this stack',
  },
  fix: {
    cloudformation: `VpcFlowLog:
  Type: AWS::EC2::FlowLog
  Properties:
    ResourceType: VPC
    ResourceId: !Ref Vpc
    TrafficType: ALL
    LogDestinationType: s3
    LogDestination: !GetAtt FlowLogBucket.Arn`,
    terraform: `resource "aws_flow_log" "vpc" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}`,
  },
  equivalents: { checkov: ['CKV2_AWS_11'], trivy: ['AVD-AWS-0178'], kics: ['f6d299d2-21eb-41cc-b1e1-fe12d857500b'] },

  check(model, report) {
    for (const vpc of model.of('aws.ec2.vpc')) if (vpc.flowLogCount === 0) report(vpc, vpc.at, 'noFlowLog', { vpc: vpc.name });
  },
});
