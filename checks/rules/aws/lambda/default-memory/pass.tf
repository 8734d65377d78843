variable "memory" {
  type = number
}

locals {
  sizing = {
    dev  = 512
    prod = 1024
  }
}

resource "aws_lambda_function" "thumbnail" {
  function_name = "thumbnail"
  role          = "arn:aws:iam::123456789012:role/thumbnail"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "thumbnail.zip"
  memory_size   = 512 # measured with AWS Lambda Power Tuning
}

# Chosen when the plan is made.
resource "aws_lambda_function" "resize" {
  function_name = "resize"
  role          = "arn:aws:iam::123456789012:role/resize"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "resize.zip"
  memory_size   = var.memory
}

resource "aws_lambda_function" "report" {
  for_each      = local.sizing
  function_name = "report-${each.key}"
  role          = "arn:aws:iam::123456789012:role/report"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "report.zip"
  memory_size   = each.value
}
