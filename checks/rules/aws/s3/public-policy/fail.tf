resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

data "aws_iam_policy_document" "assets" {
  statement { # expect: AWS-S3-PUBLIC-POLICY
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.assets.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }

  statement { # expect: AWS-S3-PUBLIC-POLICY
    sid       = "AnyAws"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.assets.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = data.aws_iam_policy_document.assets.json
}

resource "aws_s3_bucket" "downloads" {
  bucket = "example-downloads"
}

resource "aws_s3_bucket_policy" "downloads" {
  bucket = aws_s3_bucket.downloads.id
  policy = jsonencode({ # expect: AWS-S3-PUBLIC-POLICY
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicDownloads"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-downloads/*"
    }]
  })
}

# Block Public Access turned off for the policy: the bucket is public.
resource "aws_s3_bucket" "website" {
  bucket = "example-website"
}

resource "aws_s3_bucket_public_access_block" "website" {
  bucket                  = aws_s3_bucket.website.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_policy" "website" {
  bucket = aws_s3_bucket.website.id
  policy = jsonencode({ # expect: AWS-S3-PUBLIC-POLICY
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-website/*"
    }]
  })
}
