variable "role_arn" {
  type = string
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  runtime       = "python3.12"
  handler       = "app.handler"
  role          = var.role_arn
  filename      = "orders.zip"
}

resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/${aws_lambda_function.orders.function_name}"
  retention_in_days = 30
}

resource "aws_lambda_function" "billing" {
  function_name = "billing"
  runtime       = "python3.12"
  handler       = "app.handler"
  role          = var.role_arn
  filename      = "billing.zip"
}

resource "aws_cloudwatch_log_group" "billing" {
  name              = "/aws/lambda/billing"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "shared" {
  name              = "/app/shared"
  retention_in_days = 14
}

resource "aws_lambda_function" "emails" {
  function_name = "emails"
  runtime       = "python3.12"
  handler       = "app.handler"
  role          = var.role_arn
  filename      = "emails.zip"

  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.shared.name
  }
}
