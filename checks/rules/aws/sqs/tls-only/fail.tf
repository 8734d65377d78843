variable "managed_sse" {
  type    = bool
  default = false
}

resource "aws_sqs_queue" "plain" {
  name                    = "plain"
  sqs_managed_sse_enabled = false # expect: AWS-SQS-TLS-ONLY
}

resource "aws_sqs_queue" "per_team" {
  for_each                = toset(["analytics", "marketing"])
  name                    = "team-${each.key}"
  sqs_managed_sse_enabled = var.managed_sse
}

resource "aws_sqs_queue_policy" "per_team" {
  for_each  = aws_sqs_queue.per_team
  queue_url = each.value.id
  policy = jsonencode({ # expect: AWS-SQS-TLS-ONLY, AWS-SQS-TLS-ONLY
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "sqs:ReceiveMessage"
      Resource  = "*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
