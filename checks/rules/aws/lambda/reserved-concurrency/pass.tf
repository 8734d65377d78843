variable "concurrency" {
  type = number
}

resource "aws_lambda_function" "thumbnail" {
  function_name                  = "thumbnail"
  role                           = "arn:aws:iam::123456789012:role/thumbnail"
  runtime                        = "python3.12"
  handler                        = "index.handler"
  filename                       = "thumbnail.zip"
  reserved_concurrent_executions = 25
}

# Set when the plan is made.
resource "aws_lambda_function" "orders" {
  function_name                  = "orders"
  role                           = "arn:aws:iam::123456789012:role/orders"
  runtime                        = "python3.12"
  handler                        = "index.handler"
  filename                       = "orders.zip"
  reserved_concurrent_executions = var.concurrency
}

# Lambda@Edge on an origin event: its replicas run in the Regions near viewers.
resource "aws_lambda_function" "origin" {
  function_name = "origin"
  role          = "arn:aws:iam::123456789012:role/edge"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "origin.zip"
  publish       = true
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
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
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
