variable "logs_bucket" {
  type    = string
  default = "example-access-logs"
}

resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_logging" "assets" {
  bucket        = aws_s3_bucket.assets.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "assets/"
}

# Receives the access logs: it is not logged to itself.
resource "aws_s3_bucket" "access_logs" {
  bucket = var.logs_bucket
}

resource "aws_s3_bucket" "uploads" {
  bucket = "example-uploads"
}

resource "aws_s3_bucket_logging" "uploads" {
  bucket        = aws_s3_bucket.uploads.id
  target_bucket = var.logs_bucket
  target_prefix = "uploads/"
}

# A log bucket by its ACL.
resource "aws_s3_bucket" "legacy_logs" {
  bucket = "example-legacy-logs"
}

resource "aws_s3_bucket_acl" "legacy_logs" {
  bucket = aws_s3_bucket.legacy_logs.id
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "tenants" {
  for_each = toset(["acme", "globex"])
  bucket   = "example-${each.key}"
}

resource "aws_s3_bucket_logging" "tenants" {
  for_each      = toset(["acme", "globex"])
  bucket        = aws_s3_bucket.tenants[each.key].id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "${each.key}/"
}
