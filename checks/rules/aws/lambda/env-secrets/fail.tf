variable "regions" {
  type    = list(string)
  default = ["eu-west-1", "eu-central-1"]
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "orders.zip"

  environment {
    variables = {
      TABLE_NAME     = "orders"
      DB_PASSWORD    = "hunter2-prod"             # expect: AWS-LAMBDA-ENV-SECRETS
      STRIPE_API_KEY = "pk_test_51HxExampleKey"   # expect: AWS-LAMBDA-ENV-SECRETS
      clientSecret   = "prod-client-secret-value" # expect: AWS-LAMBDA-ENV-SECRETS
    }
  }
}

# One function per region, each with the token written in the file.
resource "aws_lambda_function" "webhooks" {
  count         = length(var.regions)
  function_name = "webhooks-${var.regions[count.index]}"
  role          = "arn:aws:iam::123456789012:role/webhooks"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "webhooks.zip"

  environment {
    variables = {
      REGION              = var.regions[count.index]
      SLACK_WEBHOOK_TOKEN = "xoxb-2931-example" # expect: AWS-LAMBDA-ENV-SECRETS, AWS-LAMBDA-ENV-SECRETS
    }
  }
}
