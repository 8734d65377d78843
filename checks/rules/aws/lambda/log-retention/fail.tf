variable "role_arn" {
  type = string
}

resource "aws_lambda_function" "orders" { # expect: AWS-LAMBDA-LOG-RETENTION
  function_name = "orders"
  runtime       = "python3.12"
  handler       = "app.handler"
  role          = var.role_arn
  filename      = "orders.zip"
}

resource "aws_lambda_function" "per_queue" { # expect: AWS-LAMBDA-LOG-RETENTION, AWS-LAMBDA-LOG-RETENTION
  for_each      = toset(["emails", "sms"])
  function_name = "notify-${each.key}"
  runtime       = "python3.12"
  handler       = "app.handler"
  role          = var.role_arn
  filename      = "notify.zip"
}

resource "aws_cloudwatch_log_group" "billing" {
  name              = "/aws/lambda/billing"
  retention_in_days = 30
}
