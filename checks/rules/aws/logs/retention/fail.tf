variable "retention_days" {
  type    = number
  default = 0
}

resource "aws_cloudwatch_log_group" "app" { # expect: AWS-LOGS-RETENTION
  name = "/app/orders"
}

# 0 is the provider's "never expire".
resource "aws_cloudwatch_log_group" "audit" {
  name              = "/app/audit"
  retention_in_days = 0 # expect: AWS-LOGS-RETENTION
}

resource "aws_cloudwatch_log_group" "from_variable" {
  name              = "/app/payments"
  retention_in_days = var.retention_days # expect: AWS-LOGS-RETENTION
}

resource "aws_cloudwatch_log_group" "functions" { # expect: AWS-LOGS-RETENTION, AWS-LOGS-RETENTION
  for_each = toset(["checkout", "refunds"])
  name     = "/aws/lambda/${each.key}"
}
