variable "resizer_memory" {
  type    = number
  default = 128
}

locals {
  sizing = {
    dev  = 128
    prod = 1024
  }
  stage = "dev"
}

resource "aws_lambda_function" "thumbnail" {
  function_name = "thumbnail"
  role          = "arn:aws:iam::123456789012:role/thumbnail"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "thumbnail.zip"
  memory_size   = 128 # expect: AWS-LAMBDA-DEFAULT-MEMORY
}

resource "aws_lambda_function" "orders" { # expect: AWS-LAMBDA-DEFAULT-MEMORY
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "orders.zip"
}

resource "aws_lambda_function" "resize" {
  function_name = "resize"
  role          = "arn:aws:iam::123456789012:role/resize"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "resize.zip"
  memory_size   = var.resizer_memory # expect: AWS-LAMBDA-DEFAULT-MEMORY
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/report"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "report.zip"
  memory_size   = local.sizing[local.stage] # expect: AWS-LAMBDA-DEFAULT-MEMORY
}
