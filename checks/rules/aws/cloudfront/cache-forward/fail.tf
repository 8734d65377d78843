variable "forwarded_headers" {
  type    = list(string)
  default = ["*"]
}

locals {
  legacy_paths = {
    "/legacy/*" = ["Host", "*"]
  }
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true

  origin {
    origin_id   = "site"
    domain_name = "example.com"
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

    forwarded_values {
      query_string = true
      headers      = ["*"] # expect: AWS-CLOUDFRONT-CACHE-FORWARD
      cookies {
        forward = "none"
      }
    }
  }

  ordered_cache_behavior {
    path_pattern           = "/pages/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]

    forwarded_values {
      query_string = false
      headers      = var.forwarded_headers # expect: AWS-CLOUDFRONT-CACHE-FORWARD
      cookies {
        forward = "none"
      }
    }
  }

  dynamic "ordered_cache_behavior" {
    for_each = local.legacy_paths
    content {
      path_pattern           = ordered_cache_behavior.key
      target_origin_id       = "site"
      viewer_protocol_policy = "redirect-to-https"
      allowed_methods        = ["GET", "HEAD"]
      cached_methods         = ["GET", "HEAD"]

      forwarded_values {
        query_string = false
        headers      = ordered_cache_behavior.value # expect: AWS-CLOUDFRONT-CACHE-FORWARD
        cookies {
          forward = "none"
        }
      }
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
