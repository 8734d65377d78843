variable "sender" {
  type    = string
  default = "sns.amazonaws.com"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  policy = jsonencode({ # expect: AWS-SQS-POLICY-SOURCE
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = var.sender }
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}

resource "aws_sqs_queue" "per_team" {
  for_each = toset(["analytics", "marketing"])
  name     = "team-${each.key}"
}

data "aws_iam_policy_document" "per_team" {
  statement { # expect: AWS-SQS-POLICY-SOURCE
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_sqs_queue_policy" "per_team" {
  for_each  = aws_sqs_queue.per_team
  queue_url = aws_sqs_queue.per_team[each.key].id
  policy    = data.aws_iam_policy_document.per_team.json
}
