variable "versioning_status" {
  type    = string
  default = "Suspended"
}

resource "aws_s3_bucket" "plain" { # expect: AWS-S3-VERSIONING
  bucket = "example-plain"
}

resource "aws_s3_bucket" "suspended" {
  bucket = "example-suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended" # expect: AWS-S3-VERSIONING
  }
}

resource "aws_s3_bucket" "from_variable" {
  bucket = "example-from-variable"
}

resource "aws_s3_bucket_versioning" "from_variable" {
  bucket = aws_s3_bucket.from_variable.id
  versioning_configuration {
    status = var.versioning_status # expect: AWS-S3-VERSIONING
  }
}

# The versioning resource names another bucket by its literal name.
resource "aws_s3_bucket" "named" { # expect: AWS-S3-VERSIONING
  bucket = "example-named"
}

resource "aws_s3_bucket_versioning" "elsewhere" {
  bucket = "example-elsewhere"
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "tenants" { # expect: AWS-S3-VERSIONING, AWS-S3-VERSIONING
  for_each = toset(["acme", "globex"])
  bucket   = "example-${each.key}"
}
