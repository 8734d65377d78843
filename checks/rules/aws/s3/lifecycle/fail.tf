variable "rule_status" {
  type    = string
  default = "Disabled"
}

resource "aws_s3_bucket" "assets" { # expect: AWS-S3-LIFECYCLE
  bucket = "example-assets"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "example-uploads"
}

resource "aws_s3_bucket_lifecycle_configuration" "uploads" { # expect: AWS-S3-LIFECYCLE
  bucket = aws_s3_bucket.uploads.id

  rule {
    id     = "expire"
    status = "Disabled"
    filter {}
    expiration {
      days = 30
    }
  }

  rule {
    id     = "abort-uploads"
    status = var.rule_status
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
