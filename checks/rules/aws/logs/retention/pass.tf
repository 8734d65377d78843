variable "retention_days" {
  type = number
}

locals {
  retention = {
    short = 14
    long  = 365
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/orders"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "decided_at_apply" {
  name              = "/app/payments"
  retention_in_days = var.retention_days
}

resource "aws_cloudwatch_log_group" "functions" {
  for_each          = local.retention
  name              = "/aws/lambda/${each.key}"
  retention_in_days = each.value
}
