variable "teams" {
  type    = set(string)
  default = ["billing", "search"]
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    schedule_expression = "rate(30 days)"
  }
}

resource "aws_secretsmanager_secret" "per_team" {
  for_each = var.teams
  name     = "prod/${each.key}"
}

resource "aws_secretsmanager_secret_rotation" "per_team" {
  for_each            = var.teams
  secret_id           = aws_secretsmanager_secret.per_team[each.key].id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "token" {
  name = "prod/token"
}

resource "aws_secretsmanager_secret_rotation" "token" {
  secret_id           = "prod/token"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 7
  }
}
