variable "architecture" {
  type    = string
  default = "x86_64"
}

locals {
  stage = "dev"
}

resource "aws_lambda_function" "resize" {
  function_name = "resize"
  role          = "arn:aws:iam::123456789012:role/resize"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "resize.zip"
  architectures = ["x86_64"] # expect: AWS-LAMBDA-ARM64
}

resource "aws_lambda_function" "thumbnail" { # expect: AWS-LAMBDA-ARM64
  function_name = "thumbnail"
  role          = "arn:aws:iam::123456789012:role/thumbnail"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "thumbnail.zip"
}

resource "aws_lambda_function" "encode" {
  function_name = "encode"
  role          = "arn:aws:iam::123456789012:role/encode"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "encode.zip"
  architectures = [var.architecture] # expect: AWS-LAMBDA-ARM64
}

resource "aws_lambda_function" "notify" {
  function_name = "notify"
  role          = "arn:aws:iam::123456789012:role/notify"
  runtime       = "nodejs22.x"
  handler       = "app.handler"
  filename      = "notify.zip"
  architectures = [local.stage == "prod" ? "arm64" : "x86_64"] # expect: AWS-LAMBDA-ARM64
}
