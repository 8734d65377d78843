variable "upload_bucket" {
  type    = string
  default = "acme-uploads"
}

data "aws_caller_identity" "current" {}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads-main"
}

resource "aws_cloudwatch_event_rule" "per_rule" {
  for_each            = toset(["nightly", "hourly"])
  name                = each.key
  schedule_expression = "rate(1 hour)"
}

resource "aws_lambda_permission" "topic" {
  function_name = "handler"
  action        = "lambda:InvokeFunction"
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.alerts.arn
}

resource "aws_lambda_permission" "per_rule" {
  for_each      = aws_cloudwatch_event_rule.per_rule
  statement_id  = "allow-${each.key}"
  function_name = "handler"
  action        = "lambda:InvokeFunction"
  principal     = "events.amazonaws.com"
  source_arn    = each.value.arn
}

resource "aws_lambda_permission" "stack_bucket" {
  function_name = "handler"
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.uploads.arn
}

resource "aws_lambda_permission" "external_bucket" {
  function_name  = "handler"
  action         = "lambda:InvokeFunction"
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::${var.upload_bucket}"
  source_account = data.aws_caller_identity.current.account_id
}

resource "aws_lambda_permission" "cross_account" {
  function_name = "handler"
  action        = "lambda:InvokeFunction"
  principal     = "444455556666"
}

resource "aws_lambda_permission" "macro" {
  function_name = "handler"
  action        = "lambda:InvokeFunction"
  principal     = "cloudformation.amazonaws.com"
}
