variable "origin_domain" {
  type = string
}

variable "logs_bucket_domain" {
  type = string
}

variable "log_buckets" {
  type = list(string)
}

resource "aws_s3_bucket" "logs" {
  bucket = "cdn-access-logs-example"
}

resource "aws_cloudfront_distribution" "legacy_logging" {
  enabled = true

  logging_config {
    bucket          = aws_s3_bucket.logs.bucket_regional_domain_name
    prefix          = "cdn/"
    include_cookies = false
  }

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
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    compress               = true
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

# Whether there is a bucket to log to is known only at apply time.
resource "aws_cloudfront_distribution" "decided_at_apply_time" {
  enabled = true

  dynamic "logging_config" {
    for_each = var.log_buckets
    content {
      bucket = logging_config.value
    }
  }

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
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    compress               = true
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

# Standard logging v2: a CloudWatch Logs delivery source for the distribution, delivered to a log group.
resource "aws_cloudfront_distribution" "logging_v2" {
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
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    compress               = true
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

resource "aws_cloudwatch_log_group" "cdn_access" {
  name              = "cdn-access-logs"
  retention_in_days = 90
}

resource "aws_cloudwatch_log_delivery_source" "cdn" {
  name         = "cdn-access-logs"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.logging_v2.arn
}

resource "aws_cloudwatch_log_delivery_destination" "cdn" {
  name = "cdn-access-logs-group"

  delivery_destination_configuration {
    destination_resource_arn = aws_cloudwatch_log_group.cdn_access.arn
  }
}

resource "aws_cloudwatch_log_delivery" "cdn" {
  delivery_source_name     = aws_cloudwatch_log_delivery_source.cdn.name
  delivery_destination_arn = aws_cloudwatch_log_delivery_destination.cdn.arn
}
