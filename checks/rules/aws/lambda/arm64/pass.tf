variable "architecture" {
  type = string
}

variable "architectures" {
  type = list(string)
}

locals {
  graviton = ["arm64"]
}

resource "aws_lambda_function" "resize" {
  function_name = "resize"
  role          = "arn:aws:iam::123456789012:role/resize"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "resize.zip"
  architectures = ["arm64"]
}

resource "aws_lambda_function" "notify" {
  function_name = "notify"
  role          = "arn:aws:iam::123456789012:role/notify"
  runtime       = "nodejs22.x"
  handler       = "app.handler"
  filename      = "notify.zip"
  architectures = local.graviton
}

# Chosen when the plan is made, one item or the whole list.
resource "aws_lambda_function" "encode" {
  function_name = "encode"
  role          = "arn:aws:iam::123456789012:role/encode"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "encode.zip"
  architectures = [var.architecture]
}

resource "aws_lambda_function" "transcode" {
  function_name = "transcode"
  role          = "arn:aws:iam::123456789012:role/transcode"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "transcode.zip"
  architectures = var.architectures
}
