resource "aws_cloudwatch_log_group" "app" { # expect: AWS-LOGS-KMS
  name              = "/app/orders"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "per_service" { # expect: AWS-LOGS-KMS, AWS-LOGS-KMS
  for_each          = toset(["api", "worker"])
  name              = "/app/${each.key}"
  retention_in_days = 30
}
