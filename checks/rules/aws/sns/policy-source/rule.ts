import { defineRule } from '../../../rule.ts';
import { serviceGrantsWithoutSource } from '../../policy-principals.ts';

export default defineRule({
  id: 'AWS-SNS-POLICY-SOURCE',
  title: 'SNS topic policies tie service principals to a source resource or account',
  problem: 'SNS topic policy lets an AWS service publish on behalf of any resource or account',
  pillar: 'security',
  severity: 'medium',
  rationale:
    "A topic policy statement that allows a service principal such as s3.amazonaws.com or events.amazonaws.com, with no condition, lets that service publish for any customer's bucket, rule or alarm that names the topic: the confused deputy problem. An aws:SourceArn or aws:SourceAccount condition limits it to your own resources.",
  guide: 'data-perimeter',
  reads: ['aws.sns.topic'],
  messages: {
    noSource: 'topic policy of {topic} allows {services} with no `aws:SourceArn` or `aws:SourceAccount` condition',
  },
  fix: {
    cloudformation: `Type: AWS::SNS::TopicPolicy
Properties:
  Topics: [!Ref Alerts]
  PolicyDocument:
    Version: "2012-10-17"
    Statement:
      - Effect: Allow
        Principal: { Service: s3.amazonaws.com }
        Action: sns:Publish
        Resource: !Ref Alerts
        Condition:
          ArnLike:
            aws:SourceArn: !GetAtt Uploads.Arn
          StringEquals:
            aws:SourceAccount: !Ref AWS::AccountId`,
    terraform: `data "aws_iam_policy_document" "alerts" {
  statement {
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alerts.arn]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = [aws_s3_bucket.uploads.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const { owner, statement, services } of serviceGrantsWithoutSource(model.of('aws.sns.topic'), (topic) => topic.topicPolicies))
      report(owner, statement.at, 'noSource', { topic: owner.name, services });
  },
});
