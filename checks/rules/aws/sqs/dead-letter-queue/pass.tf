variable "redrive_json" {
  type = string
}

locals {
  max_receive_count = 5
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.orders_dlq.arn
    maxReceiveCount     = local.max_receive_count
  })
}

resource "aws_sqs_queue" "orders_dlq" {
  name                      = "orders-dlq"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "legacy" {
  name           = "legacy"
  redrive_policy = "{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:123456789012:legacy-dlq\",\"maxReceiveCount\":3}"
}

resource "aws_sqs_queue" "legacy_dlq" {
  name = "legacy-dlq"
}

resource "aws_sqs_queue" "decided_at_apply" {
  name           = "configured"
  redrive_policy = var.redrive_json
}

# The redrive policy set by its own resource.
resource "aws_sqs_queue" "reports" {
  name = "reports"
}

resource "aws_sqs_queue_redrive_policy" "reports" {
  queue_url = aws_sqs_queue.reports.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.reports_dlq.arn
    maxReceiveCount     = 4
  })
}

resource "aws_sqs_queue" "reports_dlq" {
  name = "reports-dlq"
}

resource "aws_sqs_queue" "tenants" {
  for_each = toset(["acme", "globex"])
  name     = "tenant-${each.key}"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.tenants_dlq[each.key].arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "tenants_dlq" {
  for_each = toset(["acme", "globex"])
  name     = "tenant-${each.key}-dlq"
}

# Dead-letter queues of other services.
resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_subscription" "alerts_to_reports" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.reports.arn
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.subscription_dlq.arn
  })
}

resource "aws_sqs_queue" "subscription_dlq" {
  name = "subscription-dlq"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  runtime       = "python3.12"
  handler       = "index.handler"
  role          = "arn:aws:iam::123456789012:role/worker"
  filename      = "worker.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.worker_dlq.arn
  }
}

resource "aws_sqs_queue" "worker_dlq" {
  name = "worker-dlq"
}

resource "aws_lambda_function_event_invoke_config" "worker" {
  function_name = aws_lambda_function.worker.function_name

  destination_config {
    on_failure {
      destination = aws_sqs_queue.async_dlq.arn
    }
  }
}

resource "aws_sqs_queue" "async_dlq" {
  name = "async-dlq"
}

resource "aws_lambda_event_source_mapping" "orders_stream" {
  function_name     = aws_lambda_function.worker.arn
  event_source_arn  = "arn:aws:kinesis:eu-west-1:123456789012:stream/orders"
  starting_position = "LATEST"

  destination_config {
    on_failure {
      destination_arn = aws_sqs_queue.stream_dlq.arn
    }
  }
}

resource "aws_sqs_queue" "stream_dlq" {
  name = "stream-dlq"
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "nightly"
  schedule_expression = "cron(0 2 * * ? *)"
}

resource "aws_cloudwatch_event_target" "nightly_worker" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = aws_lambda_function.worker.arn

  dead_letter_config {
    arn = aws_sqs_queue.rule_dlq.arn
  }
}

resource "aws_sqs_queue" "rule_dlq" {
  name = "rule-dlq"
}

resource "aws_scheduler_schedule" "hourly" {
  name                = "hourly"
  schedule_expression = "rate(1 hour)"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_lambda_function.worker.arn
    role_arn = "arn:aws:iam::123456789012:role/scheduler"

    dead_letter_config {
      arn = aws_sqs_queue.schedule_dlq.arn
    }
  }
}

resource "aws_sqs_queue" "schedule_dlq" {
  name = "schedule-dlq"
}
