variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "database" {
  name = "prod/db"
}

resource "random_password" "signing" {
  length = 48
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "orders.zip"

  environment {
    variables = {
      DB_SECRET_ARN      = aws_secretsmanager_secret.database.arn
      DB_SECRET_ID       = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf"
      API_TOKEN_PARAM    = "/orders/api-token"
      API_TOKEN          = "/orders/api-token"
      LEGACY_DB_PASSWORD = var.db_password
      SIGNING_SECRET     = random_password.signing.result
      TOKEN_TTL_SECONDS  = "3600"
      TOKEN_TABLE_NAME   = "tokens"
    }
  }
}
