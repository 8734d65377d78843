variable "stage" {
  type    = string
  default = "dev"
}

variable "redrive_policy" {
  type    = string
  default = ""
}

resource "aws_sqs_queue" "orders" { # expect: AWS-SQS-DLQ
  name                       = "orders"
  visibility_timeout_seconds = 60
}

resource "aws_sqs_queue" "invoices" {
  name           = "invoices"
  redrive_policy = var.redrive_policy # expect: AWS-SQS-DLQ
}

# Only production sends failed shipments to the dead-letter queue, so neither queue has one here.
resource "aws_sqs_queue" "shipments" { # expect: AWS-SQS-DLQ
  name = "${var.stage}-shipments"
  redrive_policy = var.stage == "prod" ? jsonencode({
    deadLetterTargetArn = aws_sqs_queue.shipments_dlq.arn
    maxReceiveCount     = 5
  }) : null
}

resource "aws_sqs_queue" "shipments_dlq" { # expect: AWS-SQS-DLQ
  name                      = "${var.stage}-shipments-dlq"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "tenants" { # expect: AWS-SQS-DLQ, AWS-SQS-DLQ
  for_each = toset(["acme", "globex"])
  name     = "tenant-${each.key}"
}
