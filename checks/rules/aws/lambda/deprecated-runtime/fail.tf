variable "python_runtime" {
  type    = string
  default = "python3.8"
}

locals {
  runtimes = {
    legacy  = "nodejs16.x"
    current = "nodejs22.x"
  }
  stage = "dev"
}

resource "aws_lambda_function" "poller" {
  function_name = "poller"
  role          = "arn:aws:iam::123456789012:role/poller"
  runtime       = "go1.x" # expect: AWS-LAMBDA-DEPRECATED-RUNTIME
  handler       = "main"
  filename      = "poller.zip"
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "nodejs18.x" # expect: AWS-LAMBDA-DEPRECATED-RUNTIME
  handler       = "index.handler"
  filename      = "orders.zip"
}

resource "aws_lambda_function" "reports" {
  function_name = "reports"
  role          = "arn:aws:iam::123456789012:role/reports"
  runtime       = var.python_runtime # expect: AWS-LAMBDA-DEPRECATED-RUNTIME
  handler       = "app.handler"
  filename      = "reports.zip"
}

resource "aws_lambda_function" "webhooks" {
  function_name = "webhooks"
  role          = "arn:aws:iam::123456789012:role/webhooks"
  runtime       = local.runtimes["legacy"] # expect: AWS-LAMBDA-DEPRECATED-RUNTIME
  handler       = "index.handler"
  filename      = "webhooks.zip"
}

resource "aws_lambda_function" "billing" {
  function_name = "billing"
  role          = "arn:aws:iam::123456789012:role/billing"
  runtime       = local.stage == "prod" ? "java21" : "java8" # expect: AWS-LAMBDA-DEPRECATED-RUNTIME
  handler       = "billing.Handler::handleRequest"
  filename      = "billing.zip"
}
