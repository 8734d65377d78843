variable "key_arn" {
  type = string
}

resource "aws_kms_key" "logs" {
  description         = "logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/orders"
  retention_in_days = 30
  kms_key_id        = aws_kms_key.logs.arn
}

resource "aws_cloudwatch_log_group" "per_service" {
  for_each          = toset(["api", "worker"])
  name              = "/app/${each.key}"
  retention_in_days = 30
  kms_key_id        = var.key_arn
}
