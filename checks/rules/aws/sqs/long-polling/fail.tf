variable "wait_seconds" {
  type    = number
  default = 0
}

variable "queues" {
  type    = set(string)
  default = ["exports", "imports"]
}

resource "aws_sqs_queue" "jobs" { # expect: AWS-SQS-LONG-POLLING
  name = "jobs"
}

resource "aws_sqs_queue" "reports" {
  name                      = "reports"
  receive_wait_time_seconds = var.wait_seconds # expect: AWS-SQS-LONG-POLLING
}

resource "aws_sqs_queue" "batch" {
  for_each                  = var.queues
  name                      = each.key
  receive_wait_time_seconds = 0 # expect: AWS-SQS-LONG-POLLING, AWS-SQS-LONG-POLLING
}
