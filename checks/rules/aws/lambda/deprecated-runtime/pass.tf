variable "runtime" {
  type = string
}

resource "aws_lambda_function" "orders" {
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
}

# Chosen when the plan is made.
resource "aws_lambda_function" "webhooks" {
  function_name = "webhooks"
  role          = "arn:aws:iam::123456789012:role/webhooks"
  runtime       = var.runtime
  handler       = "index.handler"
  filename      = "webhooks.zip"
}

# A container image brings its own runtime.
resource "aws_lambda_function" "renderer" {
  function_name = "renderer"
  role          = "arn:aws:iam::123456789012:role/renderer"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/renderer:1.4.0"
}
