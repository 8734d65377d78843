variable "versioning_status" {
  type = string
}

resource "aws_s3_bucket" "documents" {
  bucket = "example-documents"
}

resource "aws_s3_bucket_versioning" "documents" {
  bucket = aws_s3_bucket.documents.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "documents" {
  bucket = aws_s3_bucket.documents.id

  rule {
    id     = "expire-noncurrent"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days           = 90
      newer_noncurrent_versions = 3
    }
  }
}

resource "aws_s3_bucket" "archive" {
  bucket = "example-archive"
}

resource "aws_s3_bucket_versioning" "archive" {
  bucket = aws_s3_bucket.archive.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "archive" {
  bucket = aws_s3_bucket.archive.id

  rule {
    id     = "archive-noncurrent"
    status = "Enabled"
    filter {}
    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}

# Versioning decided at apply time; not versioned at all.
resource "aws_s3_bucket" "decided_at_apply" {
  bucket = "example-decided"
}

resource "aws_s3_bucket_versioning" "decided_at_apply" {
  bucket = aws_s3_bucket.decided_at_apply.id
  versioning_configuration {
    status = var.versioning_status
  }
}

resource "aws_s3_bucket" "scratch" {
  bucket = "example-scratch"
}
