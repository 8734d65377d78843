variable "bucket_arn" {
  type = string
}

variable "role_arn" {
  type = string
}

resource "aws_kinesis_firehose_delivery_stream" "events" { # expect: AWS-FIREHOSE-ENCRYPTION
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    bucket_arn = var.bucket_arn
    role_arn   = var.role_arn
  }
}

resource "aws_kinesis_firehose_delivery_stream" "audit" {
  name        = "audit"
  destination = "extended_s3"

  server_side_encryption {
    enabled = false # expect: AWS-FIREHOSE-ENCRYPTION
  }

  extended_s3_configuration {
    bucket_arn = var.bucket_arn
    role_arn   = var.role_arn
  }
}
