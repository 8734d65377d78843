variable "bucket_arn" {
  type = string
}

variable "role_arn" {
  type = string
}

variable "source_stream_arn" {
  type = string
}

resource "aws_kinesis_firehose_delivery_stream" "events" {
  name        = "events"
  destination = "extended_s3"

  server_side_encryption {
    enabled  = true
    key_type = "AWS_OWNED_CMK"
  }

  extended_s3_configuration {
    bucket_arn = var.bucket_arn
    role_arn   = var.role_arn
  }
}

resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  name        = "from-stream"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = var.source_stream_arn
    role_arn           = var.role_arn
  }

  extended_s3_configuration {
    bucket_arn = var.bucket_arn
    role_arn   = var.role_arn
  }
}
