variable "origin_domain" {
  type = string
}

variable "compress_api" {
  type    = bool
  default = false
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  compression = {
    dev  = { assets = false }
    prod = { assets = true }
  }
  caching_optimized = "658327ea-f89d-4fab-a63d-7e88639e58f6"
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

  # A cache policy alone does not compress: the behavior must also set compress.
  default_cache_behavior { # expect: AWS-CLOUDFRONT-COMPRESSION
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = local.caching_optimized
  }

  ordered_cache_behavior {
    path_pattern           = "/docs/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = local.caching_optimized
    compress               = false # expect: AWS-CLOUDFRONT-COMPRESSION
  }

  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    compress               = var.compress_api # CachingDisabled: CloudFront compresses only what it may cache, so not reported
  }

  ordered_cache_behavior {
    path_pattern           = "/assets/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = local.caching_optimized
    compress               = local.compression[var.environment].assets # expect: AWS-CLOUDFRONT-COMPRESSION
  }

  ordered_cache_behavior {
    path_pattern           = "/scripts/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = local.caching_optimized
    compress               = var.environment == "prod" # expect: AWS-CLOUDFRONT-COMPRESSION
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
