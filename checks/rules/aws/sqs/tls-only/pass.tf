variable "queue_key" {
  type    = string
  default = "alias/aws/sqs"
}

resource "aws_sqs_queue" "default" {
  name = "default"
}

resource "aws_sqs_queue" "kms" {
  name                    = "kms"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = var.queue_key
}

resource "aws_sqs_queue" "per_team" {
  for_each                = toset(["analytics", "marketing"])
  name                    = "team-${each.key}"
  sqs_managed_sse_enabled = false
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["sqs:*"]
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

resource "aws_sqs_queue_policy" "per_team" {
  for_each  = aws_sqs_queue.per_team
  queue_url = each.value.url
  policy    = data.aws_iam_policy_document.tls_only.json
}
