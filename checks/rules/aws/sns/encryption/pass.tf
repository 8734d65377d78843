variable "topic_key" {
  type = string
}

resource "aws_kms_key" "topics" {
  description         = "SNS topics"
  enable_key_rotation = true
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.topics.id
}

resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "decided_at_apply" {
  name              = "payments"
  kms_master_key_id = var.topic_key
}

# Alarms publish to a topic with a customer managed key whose policy lets CloudWatch use it.
resource "aws_sns_topic" "alarms" {
  name              = "alarms"
  kms_master_key_id = aws_kms_key.topics.arn
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

# The AWS managed key is fine for a topic an application publishes to with its own credentials.
resource "aws_sns_topic_subscription" "orders" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "sqs"
  endpoint  = "arn:aws:sqs:eu-west-1:111122223333:orders"
}
