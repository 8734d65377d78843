variable "tracing_mode" {
  type    = string
  default = "PassThrough"
}

locals {
  stage = "dev"
}

resource "aws_lambda_function" "orders" { # expect: AWS-LAMBDA-TRACING
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "orders.zip"
}

resource "aws_lambda_function" "reports" {
  function_name = "reports"
  role          = "arn:aws:iam::123456789012:role/reports"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "reports.zip"

  tracing_config {
    mode = var.tracing_mode # expect: AWS-LAMBDA-TRACING
  }
}

resource "aws_lambda_function" "webhooks" {
  function_name = "webhooks"
  role          = "arn:aws:iam::123456789012:role/webhooks"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "webhooks.zip"

  tracing_config {
    mode = local.stage == "prod" ? "Active" : "PassThrough" # expect: AWS-LAMBDA-TRACING
  }
}
