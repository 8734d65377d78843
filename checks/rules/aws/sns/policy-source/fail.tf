variable "publisher" {
  type    = string
  default = "events.amazonaws.com"
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
  policy = jsonencode({ # expect: AWS-SNS-POLICY-SOURCE
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = "*"
    }]
  })
}

resource "aws_sns_topic" "per_team" {
  for_each = toset(["analytics", "marketing"])
  name     = "team-${each.key}"
}

data "aws_iam_policy_document" "per_team" {
  statement { # expect: AWS-SNS-POLICY-SOURCE
    actions   = ["sns:Publish"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = [var.publisher]
    }
  }
}

resource "aws_sns_topic_policy" "per_team" {
  for_each = aws_sns_topic.per_team
  arn      = aws_sns_topic.per_team[each.key].arn
  policy   = data.aws_iam_policy_document.per_team.json
}
