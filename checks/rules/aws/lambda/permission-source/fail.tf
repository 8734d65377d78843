variable "upload_bucket" {
  type    = string
  default = "acme-uploads"
}

resource "aws_lambda_permission" "topic" {
  function_name = "handler"
  action        = "lambda:InvokeFunction"
  principal     = "sns.amazonaws.com" # expect: AWS-LAMBDA-PERMISSION-SOURCE
}

resource "aws_lambda_permission" "per_rule" {
  for_each      = toset(["nightly", "hourly"])
  statement_id  = "allow-${each.key}"
  function_name = "handler"
  action        = "lambda:InvokeFunction"
  principal     = "events.amazonaws.com" # expect: AWS-LAMBDA-PERMISSION-SOURCE, AWS-LAMBDA-PERMISSION-SOURCE
}

resource "aws_lambda_permission" "external_bucket" {
  function_name = "handler"
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::${var.upload_bucket}" # expect: AWS-LAMBDA-PERMISSION-SOURCE
}
