variable "tracing_mode" {
  type = string
}

variable "functions" {
  type    = set(string)
  default = ["orders", "refunds"]
}

resource "aws_lambda_function" "handlers" {
  for_each      = var.functions
  function_name = each.key
  role          = "arn:aws:iam::123456789012:role/${each.key}"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "${each.key}.zip"

  tracing_config {
    mode = "Active"
  }
}

# Chosen when the plan is made.
resource "aws_lambda_function" "reports" {
  function_name = "reports"
  role          = "arn:aws:iam::123456789012:role/reports"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "reports.zip"

  tracing_config {
    mode = var.tracing_mode
  }
}

resource "aws_lambda_function" "webhooks" {
  function_name = "webhooks"
  role          = "arn:aws:iam::123456789012:role/webhooks"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "webhooks.zip"

  dynamic "tracing_config" {
    for_each = ["Active"]
    content {
      mode = tracing_config.value
    }
  }
}
