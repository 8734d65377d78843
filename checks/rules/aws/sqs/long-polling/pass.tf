variable "wait_seconds" {
  type = number
}

resource "aws_sqs_queue" "jobs" {
  name                      = "jobs"
  receive_wait_time_seconds = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.jobs_dead_letters.arn
    maxReceiveCount     = 5
  })
}

# Nobody polls a dead-letter queue in a loop.
resource "aws_sqs_queue" "jobs_dead_letters" {
  name = "jobs-dead-letters"
}

# Known only when the plan is made.
resource "aws_sqs_queue" "configurable" {
  name                      = "configurable"
  receive_wait_time_seconds = var.wait_seconds
}

# Lambda's pollers long-poll whatever the queue says.
resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = "orders-worker"
}
