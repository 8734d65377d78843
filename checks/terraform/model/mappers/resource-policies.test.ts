import { describe, expect, it } from 'vitest';
import { modelOf, where } from './support/snippets.ts';

describe('resource and trust policies', () => {
  it('reads a role trust policy with its principals, from an aws_iam_policy_document', () => {
    const model = modelOf(`data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`);
    const [role] = model.of('aws.iam.role');
    expect(role!.address).toBe('aws_iam_role.deploy');
    expect(role!.trustPolicy!.statements[0]!.principals).toEqual([{ type: 'Federated', value: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }]);
  });

  it('reads a Lambda permission and whether its source ARN names a resource of the configuration', () => {
    const model = modelOf(`resource "aws_lambda_permission" "s3" {
  action         = "lambda:InvokeFunction"
  function_name  = "thumbnails"
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
}

resource "aws_lambda_permission" "sns" {
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "sns.amazonaws.com"
}
`);
    const permissions = new Map(model.of('aws.lambda.permission').map((permission) => [permission.address, permission]));
    expect(where(permissions.get('aws_lambda_permission.s3')!.principal)).toEqual({ value: 's3.amazonaws.com', line: 4, property: 'principal' });
    expect(permissions.get('aws_lambda_permission.s3')!.sourceArnFromStack).toBe(true);
    expect(permissions.get('aws_lambda_permission.sns')!.sourceArn.state).toBe('absent');
  });

  it('joins key, queue and topic policies to what they name, inline or as their own resources', () => {
    const model = modelOf(`resource "aws_kms_key" "data" {}

resource "aws_kms_key_policy" "data" {
  key_id = aws_kms_key.data.id
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:*", Resource = "*" }] })
}

resource "aws_sqs_queue" "jobs" {
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sqs:SendMessage", Resource = "*" }] })
}

resource "aws_sqs_queue" "other" {
  sqs_managed_sse_enabled = false
}

resource "aws_sns_topic" "alerts" {}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = jsonencode({ Statement = [{ Effect = "Deny", Principal = "*", Action = "sns:Publish", Resource = "*" }] })
}
`);
    const [key] = model.of('aws.kms.key');
    expect(key!.keyPolicy!.statements[0]!.principalIsEveryone).toBe(true);
    const queues = new Map(model.of('aws.sqs.queue').map((queue) => [queue.address, queue]));
    expect(queues.get('aws_sqs_queue.jobs')!.queuePolicies[0]!.statements[0]!.principals).toEqual([{ type: 'Service', value: 'sns.amazonaws.com' }]);
    expect(queues.get('aws_sqs_queue.other')!.queuePolicies).toEqual([]);
    expect(where(queues.get('aws_sqs_queue.other')!.sqsManagedSse)).toEqual({ value: false, line: 13, property: 'sqs_managed_sse_enabled' });
    const [topic] = model.of('aws.sns.topic');
    expect(topic!.topicPolicies[0]!.statements[0]!.effect.state === 'known' && topic!.topicPolicies[0]!.statements[0]!.effect.value).toBe('Deny');
  });
});
