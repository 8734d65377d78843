variable "secrets" {
  type    = set(string)
  default = ["billing", "search"]
}

resource "aws_secretsmanager_secret" "api_key" { # expect: AWS-SECRETSMANAGER-ROTATION
  name = "prod/partner-api"
}

resource "aws_secretsmanager_secret" "per_team" { # expect: AWS-SECRETSMANAGER-ROTATION
  for_each = var.secrets
  name     = "prod/${each.key}"
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret_rotation" "billing_only" {
  secret_id           = aws_secretsmanager_secret.per_team["billing"].id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
