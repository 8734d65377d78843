variable "rule_status" {
  type = string
}

resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_s3_bucket_lifecycle_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id

  rule {
    id     = "tier-and-expire"
    status = "Enabled"
    filter {}
    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }
    expiration {
      days = 365
    }
  }
}

resource "aws_s3_bucket" "decided_at_apply" {
  bucket = "example-decided"
}

resource "aws_s3_bucket_lifecycle_configuration" "decided_at_apply" {
  bucket = aws_s3_bucket.decided_at_apply.id

  rule {
    id     = "expire"
    status = var.rule_status
    filter {}
    expiration {
      days = 90
    }
  }
}

resource "aws_s3_bucket" "tenants" {
  for_each = toset(["acme", "globex"])
  bucket   = "example-${each.key}"
}

resource "aws_s3_bucket_lifecycle_configuration" "tenants" {
  for_each = toset(["acme", "globex"])
  bucket   = aws_s3_bucket.tenants[each.key].id

  dynamic "rule" {
    for_each = { expire = 30, archive = 90 }
    content {
      id     = rule.key
      status = "Enabled"
      filter {}
      expiration {
        days = rule.value
      }
    }
  }
}
