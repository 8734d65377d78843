variable "concurrency" {
  type    = number
  default = -1
}

resource "aws_lambda_function" "thumbnail" { # expect: AWS-LAMBDA-RESERVED-CONCURRENCY
  function_name = "thumbnail"
  role          = "arn:aws:iam::123456789012:role/thumbnail"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "thumbnail.zip"
}

resource "aws_lambda_function" "orders" {
  function_name                  = "orders"
  role                           = "arn:aws:iam::123456789012:role/orders"
  runtime                        = "python3.12"
  handler                        = "index.handler"
  filename                       = "orders.zip"
  reserved_concurrent_executions = var.concurrency # expect: AWS-LAMBDA-RESERVED-CONCURRENCY
}

resource "aws_lambda_function" "report" {
  for_each                       = { daily = 10, hourly = -1 }
  function_name                  = "report-${each.key}"
  role                           = "arn:aws:iam::123456789012:role/report"
  runtime                        = "python3.12"
  handler                        = "index.handler"
  filename                       = "report.zip"
  reserved_concurrent_executions = each.value # expect: AWS-LAMBDA-RESERVED-CONCURRENCY
}
