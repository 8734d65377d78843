resource "aws_s3_bucket" "no_policy" { # expect: AWS-S3-TLS-ONLY
  bucket = "example-no-policy"
}

resource "aws_s3_bucket" "reads_only" {
  bucket = "example-reads-only"
}

resource "aws_s3_bucket_policy" "reads_only" {
  bucket = aws_s3_bucket.reads_only.id
  policy = jsonencode({ # expect: AWS-S3-TLS-ONLY
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-reads-only/*"
    }]
  })
}

# Denies plain HTTP only for reads of one prefix.
resource "aws_s3_bucket" "partly" {
  bucket = "example-partly"
}

data "aws_iam_policy_document" "partly" {
  statement {
    effect    = "Deny"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.partly.arn}/public/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_s3_bucket_policy" "partly" {
  bucket = aws_s3_bucket.partly.id
  policy = data.aws_iam_policy_document.partly.json # expect: AWS-S3-TLS-ONLY
}

# The Deny covers the objects only: requests on the bucket itself may still use plain HTTP.
resource "aws_s3_bucket" "archive" {
  bucket = "example-archive"
}

resource "aws_s3_bucket_policy" "archive" {
  bucket = aws_s3_bucket.archive.id
  policy = jsonencode({ # expect: AWS-S3-TLS-ONLY
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::example-archive/*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
