data "aws_caller_identity" "current" {}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = "*"
      Condition = { ArnLike = { "aws:SourceArn" = aws_s3_bucket.uploads.arn } }
    }]
  })
}

resource "aws_sns_topic" "per_team" {
  for_each = toset(["analytics", "marketing"])
  name     = "team-${each.key}"
}

data "aws_iam_policy_document" "per_team" {
  statement {
    actions   = ["sns:Publish"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com", "cloudwatch.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }

  statement {
    actions   = ["sns:Subscribe"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}

resource "aws_sns_topic_policy" "per_team" {
  for_each = aws_sns_topic.per_team
  arn      = each.value.arn
  policy   = data.aws_iam_policy_document.per_team.json
}
