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
