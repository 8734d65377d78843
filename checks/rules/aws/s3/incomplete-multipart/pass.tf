variable "status" {
  type = string
}

resource "aws_s3_bucket" "uploads" {
  bucket = "example-uploads"
}

resource "aws_s3_bucket_lifecycle_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  rule {
    id     = "abort"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

resource "aws_s3_bucket" "chosen" {
  bucket = "example-chosen"
}

resource "aws_s3_bucket_lifecycle_configuration" "chosen" {
  bucket = aws_s3_bucket.chosen.id

  rule {
    id     = "abort"
    status = var.status
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
