variable "all_regions" {
  type    = bool
  default = true
}

variable "regions_from_pipeline" {
  type = bool
}

locals {
  trail = {
    multi_region = true
  }
}

resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = "org-trail-logs"
  is_multi_region_trail         = true
  include_global_service_events = true
}

resource "aws_cloudtrail" "from_variable" {
  name                  = "from-variable"
  s3_bucket_name        = "org-trail-logs"
  is_multi_region_trail = var.all_regions
}

resource "aws_cloudtrail" "from_local" {
  name                  = "from-local"
  s3_bucket_name        = "org-trail-logs"
  is_multi_region_trail = local.trail.multi_region
}

resource "aws_cloudtrail" "decided_at_apply" {
  name                  = "decided-at-apply"
  s3_bucket_name        = "org-trail-logs"
  is_multi_region_trail = var.regions_from_pipeline
}
