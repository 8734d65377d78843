resource "aws_s3_bucket" "assets" { # expect: AWS-S3-ACCESS-LOGGING
  bucket = "example-assets"
}

resource "aws_s3_bucket" "uploads" { # expect: AWS-S3-ACCESS-LOGGING
  bucket = "example-uploads"
}

# This logging configuration is for a bucket of another configuration.
resource "aws_s3_bucket_logging" "elsewhere" {
  bucket        = "example-elsewhere"
  target_bucket = "example-central-logs"
  target_prefix = "elsewhere/"
}

resource "aws_s3_bucket" "tenants" { # expect: AWS-S3-ACCESS-LOGGING, AWS-S3-ACCESS-LOGGING
  count  = 2
  bucket = "example-tenant-${count.index}"
}
