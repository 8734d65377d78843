variable "block_public_access" {
  type = bool
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "decided_at_apply" {
  bucket = "example-decided"
}

resource "aws_s3_bucket_public_access_block" "decided_at_apply" {
  bucket                  = aws_s3_bucket.decided_at_apply.id
  block_public_acls       = var.block_public_access
  ignore_public_acls      = var.block_public_access
  block_public_policy     = var.block_public_access
  restrict_public_buckets = var.block_public_access
}

resource "aws_s3_bucket" "tenants" {
  for_each = toset(["acme", "globex"])
  bucket   = "example-${each.key}"
}

resource "aws_s3_bucket_public_access_block" "tenants" {
  for_each                = aws_s3_bucket.tenants
  bucket                  = each.value.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
