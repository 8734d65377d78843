variable "policy_json" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.tls_only.json
}

resource "aws_s3_bucket" "named" {
  bucket = "example-named"
}

resource "aws_s3_bucket_policy" "named" {
  bucket = "example-named"
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::example-named", "arn:aws:s3:::example-named/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# A policy built from values known only at apply time may deny plain HTTP.
resource "aws_s3_bucket" "computed" {
  bucket = "example-computed"
}

resource "aws_s3_bucket_policy" "computed" {
  bucket = aws_s3_bucket.computed.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["${aws_s3_bucket.computed.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket" "configured" {
  bucket = "example-configured"
}

resource "aws_s3_bucket_policy" "configured" {
  bucket = aws_s3_bucket.configured.id
  policy = var.policy_json
}
