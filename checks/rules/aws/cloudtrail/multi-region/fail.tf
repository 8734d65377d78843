variable "all_regions" {
  type    = bool
  default = false
}

resource "aws_cloudtrail" "unset" { # expect: AWS-CLOUDTRAIL-MULTI-REGION
  name           = "unset"
  s3_bucket_name = "org-trail-logs"
}

resource "aws_cloudtrail" "single_region" {
  name                  = "single-region"
  s3_bucket_name        = "org-trail-logs"
  is_multi_region_trail = false # expect: AWS-CLOUDTRAIL-MULTI-REGION
}

resource "aws_cloudtrail" "from_variable" {
  name                  = "from-variable"
  s3_bucket_name        = "org-trail-logs"
  is_multi_region_trail = var.all_regions # expect: AWS-CLOUDTRAIL-MULTI-REGION
}

resource "aws_cloudtrail" "per_stage" {
  count                 = 2
  name                  = "stage-${count.index}"
  s3_bucket_name        = "org-trail-logs"
  is_multi_region_trail = count.index > 5 # expect: AWS-CLOUDTRAIL-MULTI-REGION, AWS-CLOUDTRAIL-MULTI-REGION
}
