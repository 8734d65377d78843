variable "topic_key" {
  type    = string
  default = ""
}

resource "aws_sns_topic" "alerts" { # expect: AWS-SNS-ENCRYPTION
  name = "alerts"
}

resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = "" # expect: AWS-SNS-ENCRYPTION
}

resource "aws_sns_topic" "from_variable" {
  name              = "payments"
  kms_master_key_id = var.topic_key # expect: AWS-SNS-ENCRYPTION
}

resource "aws_sns_topic" "per_stage" { # expect: AWS-SNS-ENCRYPTION, AWS-SNS-ENCRYPTION
  count = 2
  name  = "events-${count.index}"
}

# The AWS managed key on topics AWS services publish to: their messages would be lost.
resource "aws_sns_topic" "alarms" {
  name              = "alarms"
  kms_master_key_id = "alias/aws/sns" # expect: AWS-SNS-ENCRYPTION
}

resource "aws_cloudwatch_metric_alarm" "queue_depth" {
  alarm_name          = "queue-depth"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 100
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}

resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns" # expect: AWS-SNS-ENCRYPTION
}

resource "aws_cloudwatch_event_rule" "nightly" {
  schedule_expression = "rate(1 day)"
}

resource "aws_cloudwatch_event_target" "notify" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = aws_sns_topic.events.arn
}

resource "aws_sns_topic" "uploads" {
  name              = "uploads"
  kms_master_key_id = "alias/aws/sns" # expect: AWS-SNS-ENCRYPTION
}

resource "aws_s3_bucket" "uploads" {
  bucket = "uploads-111122223333"
}

resource "aws_s3_bucket_notification" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  topic {
    topic_arn = aws_sns_topic.uploads.arn
    events    = ["s3:ObjectCreated:*"]
  }
}
