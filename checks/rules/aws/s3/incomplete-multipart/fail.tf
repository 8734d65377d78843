resource "aws_s3_bucket" "uploads" { # expect: AWS-S3-INCOMPLETE-MULTIPART
  bucket = "example-uploads"
}

resource "aws_s3_bucket" "archive" {
  bucket = "example-archive"
}

resource "aws_s3_bucket_lifecycle_configuration" "archive" { # expect: AWS-S3-INCOMPLETE-MULTIPART
  bucket = aws_s3_bucket.archive.id

  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = 365
    }
  }
}

resource "aws_s3_bucket" "per_team" { # expect: AWS-S3-INCOMPLETE-MULTIPART, AWS-S3-INCOMPLETE-MULTIPART
  for_each = toset(["data", "apps"])
  bucket   = "example-${each.key}"
}
