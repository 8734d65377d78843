variable "topic_key" {
  type    = string
  default = "alias/aws/sns"
}

resource "aws_sns_topic" "encrypted" {
  name              = "encrypted"
  kms_master_key_id = var.topic_key
}

resource "aws_sns_topic" "per_team" {
  for_each = toset(["analytics", "marketing"])
  name     = "team-${each.key}"
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["sns:Publish"]
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
  policy   = data.aws_iam_policy_document.tls_only.json
}

resource "aws_sns_topic" "inline" {
  name = "inline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "sns:*"
      Resource  = "*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
