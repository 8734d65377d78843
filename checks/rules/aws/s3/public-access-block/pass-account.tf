# The account-wide block covers every bucket, including one whose own block is weaker.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
}

resource "aws_s3_bucket_public_access_block" "legacy" {
  bucket              = aws_s3_bucket.legacy.id
  block_public_policy = false
}
