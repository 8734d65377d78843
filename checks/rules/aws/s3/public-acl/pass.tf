variable "acl" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  acl    = "private"
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "decided_at_apply" {
  bucket = "example-decided"
}

resource "aws_s3_bucket_acl" "decided_at_apply" {
  bucket = aws_s3_bucket.decided_at_apply.id
  acl    = var.acl
}

resource "aws_s3_bucket" "owner_enforced" {
  bucket = "example-owner-enforced"
}

resource "aws_s3_bucket_ownership_controls" "owner_enforced" {
  bucket = aws_s3_bucket.owner_enforced.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
