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
