variable "versioning_status" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "named" {
  bucket = "example-named"
}

resource "aws_s3_bucket_versioning" "named" {
  bucket = "example-named"
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "decided_at_apply" {
  bucket = "example-decided"
}

resource "aws_s3_bucket_versioning" "decided_at_apply" {
  bucket = aws_s3_bucket.decided_at_apply.id
  versioning_configuration {
    status = var.versioning_status
  }
}

resource "aws_s3_bucket" "tenants" {
  for_each = toset(["acme", "globex"])
  bucket   = "example-${each.key}"
}

resource "aws_s3_bucket_versioning" "tenants" {
  for_each = toset(["acme", "globex"])
  bucket   = aws_s3_bucket.tenants[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}
