variable "topic_key" {
  type    = string
  default = null
}

resource "aws_sns_topic" "alerts" { # expect: AWS-SNS-TLS-ONLY
  name = "alerts"
}

resource "aws_sns_topic" "per_team" {
  for_each          = toset(["analytics", "marketing"])
  name              = "team-${each.key}"
  kms_master_key_id = var.topic_key
}

data "aws_iam_policy_document" "per_team" {
  statement {
    effect    = "Deny"
    actions   = ["sns:Subscribe"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_sns_topic_policy" "per_team" {
  for_each = aws_sns_topic.per_team
  arn      = each.value.arn
  policy   = data.aws_iam_policy_document.per_team.json # expect: AWS-SNS-TLS-ONLY, AWS-SNS-TLS-ONLY
}
