variable "block_policies" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "no_block" { # expect: AWS-S3-PUBLIC-ACCESS-BLOCK
  bucket = "example-no-block"
}

resource "aws_s3_bucket" "policy_allowed" {
  bucket = "example-policy-allowed"
}

resource "aws_s3_bucket_public_access_block" "policy_allowed" {
  bucket                  = aws_s3_bucket.policy_allowed.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false              # expect: AWS-S3-PUBLIC-ACCESS-BLOCK
  restrict_public_buckets = var.block_policies # expect: AWS-S3-PUBLIC-ACCESS-BLOCK
}

resource "aws_s3_bucket" "partial" {
  bucket = "example-partial"
}

resource "aws_s3_bucket_public_access_block" "partial" { # expect: AWS-S3-PUBLIC-ACCESS-BLOCK
  bucket            = aws_s3_bucket.partial.id
  block_public_acls = true
}

# An account-wide block that leaves policies open does not cover them.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls  = true
  ignore_public_acls = true
}

resource "aws_s3_bucket" "acls_covered" {
  bucket = "example-acls-covered"
}

resource "aws_s3_bucket_public_access_block" "acls_covered" {
  bucket                  = aws_s3_bucket.acls_covered.id
  block_public_policy     = true
  restrict_public_buckets = false # expect: AWS-S3-PUBLIC-ACCESS-BLOCK
}
