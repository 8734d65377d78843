variable "origin_domain" {
  type = string
}

variable "api_viewer_policy" {
  type    = string
  default = "allow-all"
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  # Paths served straight from the origin, each with its viewer protocol policy.
  public_paths = {
    "/assets/*" = "allow-all"
  }
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true

  origin {
    origin_id   = "site"
    domain_name = var.origin_domain
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "allow-all" # expect: AWS-CLOUDFRONT-HTTPS
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    compress               = true
  }

  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "site"
    viewer_protocol_policy = var.api_viewer_policy # expect: AWS-CLOUDFRONT-HTTPS
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    compress               = true
  }

  ordered_cache_behavior {
    path_pattern           = "/preview/*"
    target_origin_id       = "site"
    viewer_protocol_policy = var.environment == "prod" ? "redirect-to-https" : "allow-all" # expect: AWS-CLOUDFRONT-HTTPS
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    compress               = true
  }

  dynamic "ordered_cache_behavior" {
    for_each = local.public_paths
    content {
      path_pattern           = ordered_cache_behavior.key
      target_origin_id       = "site"
      viewer_protocol_policy = ordered_cache_behavior.value # expect: AWS-CLOUDFRONT-HTTPS
      allowed_methods        = ["GET", "HEAD"]
      cached_methods         = ["GET", "HEAD"]
      cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
      compress               = true
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
