data "aws_caller_identity" "current" {}

resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "*"
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn } }
    }]
  })
}

resource "aws_sqs_queue" "per_team" {
  for_each = toset(["analytics", "marketing"])
  name     = "team-${each.key}"
}

data "aws_iam_policy_document" "per_team" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com", "s3.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }

  statement {
    actions   = ["sqs:ReceiveMessage"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/worker"]
    }
  }
}

resource "aws_sqs_queue_policy" "per_team" {
  for_each  = aws_sqs_queue.per_team
  queue_url = each.value.id
  policy    = data.aws_iam_policy_document.per_team.json
}
