import { defineRule } from '../../../rule.ts';
import { serviceGrantsWithoutSource } from '../../policy-principals.ts';

export default defineRule({
  id: 'AWS-SQS-POLICY-SOURCE',
  title: 'SQS queue policies tie service principals to a source resource or account',
  problem: 'SQS queue policy lets an AWS service send messages on behalf of any resource or account',
  pillar: 'security',
  severity: 'medium',
  rationale:
    "A queue policy statement that allows a service principal such as sns.amazonaws.com or s3.amazonaws.com, with no condition, lets that service deliver messages for any customer's topic, bucket or rule that names the queue: the confused deputy problem. An aws:SourceArn or aws:SourceAccount condition limits it to your own resources.",
  guide: 'data-perimeter',
  reads: ['aws.sqs.queue'],
  messages: {
    noSource: 'queue policy of {queue} allows {services} with no `aws:SourceArn` or `aws:SourceAccount` condition',
  },
  fix: {
    cloudformation: `Type: AWS::SQS::QueuePolicy
Properties:
  Queues: [!Ref Jobs]
  PolicyDocument:
    Version: "2012-10-17"
    Statement:
      - Effect: Allow
        Principal: { Service: sns.amazonaws.com }
        Action: sqs:SendMessage
        Resource: !GetAtt Jobs.Arn
        Condition:
          ArnEquals:
            aws:SourceArn: !Ref Orders`,
    terraform: `data "aws_iam_policy_document" "jobs" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.jobs.arn]
    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_sns_topic.orders.arn]
    }
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const { owner, statement, services } of serviceGrantsWithoutSource(model.of('aws.sqs.queue'), (queue) => queue.queuePolicies))
      report(owner, statement.at, 'noSource', { queue: owner.name, services });
  },
});
