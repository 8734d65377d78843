variable "resizer_memory" {
  type    = number
  default = 128
}

locals {
  sizing = {
    dev  = 128
    prod = 1024
  }
  stage = "dev"
}

resource "aws_lambda_function" "thumbnail" {
  function_name = "thumbnail"
  role          = "arn:aws:iam::123456789012:role/thumbnail"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "thumbnail.zip"
  memory_size   = 128 # expect: AWS-LAMBDA-DEFAULT-MEMORY
}

resource "aws_lambda_function" "orders" { # expect: AWS-LAMBDA-DEFAULT-MEMORY
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "orders.zip"
}

resource "aws_lambda_function" "resize" {
  function_name = "resize"
  role          = "arn:aws:iam::123456789012:role/resize"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "resize.zip"
  memory_size   = var.resizer_memory # expect: AWS-LAMBDA-DEFAULT-MEMORY
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/report"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "report.zip"
  memory_size   = local.sizing[local.stage] # expect: AWS-LAMBDA-DEFAULT-MEMORY
}

# Origin events allow Lambda@Edge functions up to 10,240 MB, so 128 MB is still a choice there.
resource "aws_lambda_function" "origin" {
  function_name = "origin"
  role          = "arn:aws:iam::123456789012:role/edge"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "origin.zip"
  publish       = true
  memory_size   = 128 # expect: AWS-LAMBDA-DEFAULT-MEMORY
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    origin_id   = "site"
    domain_name = "site.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    lambda_function_association {
      event_type = "origin-request"
      lambda_arn = aws_lambda_function.origin.qualified_arn
    }
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
