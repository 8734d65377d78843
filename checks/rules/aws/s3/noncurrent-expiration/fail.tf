locals {
  versioned = "Enabled"
}

resource "aws_s3_bucket" "documents" { # expect: AWS-S3-NONCURRENT-EXPIRATION
  bucket = "example-documents"
}

resource "aws_s3_bucket_versioning" "documents" {
  bucket = aws_s3_bucket.documents.id
  versioning_configuration {
    status = local.versioned
  }
}

resource "aws_s3_bucket" "reports" {
  bucket = "example-reports"
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = aws_s3_bucket.reports.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Expires current objects only; noncurrent versions pile up.
resource "aws_s3_bucket_lifecycle_configuration" "reports" { # expect: AWS-S3-NONCURRENT-EXPIRATION
  bucket = aws_s3_bucket.reports.id

  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = 365
    }
  }

  rule {
    id     = "old-versions"
    status = "Disabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}
