variable "validate_log_files" {
  type    = bool
  default = false
}

locals {
  trail_bucket = "org-trail-logs"
}

resource "aws_cloudtrail" "unset" { # expect: AWS-CLOUDTRAIL-LOG-VALIDATION
  name           = "unset"
  s3_bucket_name = local.trail_bucket
}

resource "aws_cloudtrail" "disabled" {
  name                       = "disabled"
  s3_bucket_name             = local.trail_bucket
  enable_log_file_validation = false # expect: AWS-CLOUDTRAIL-LOG-VALIDATION
}

resource "aws_cloudtrail" "from_variable" {
  name                       = "from-variable"
  s3_bucket_name             = local.trail_bucket
  enable_log_file_validation = var.validate_log_files # expect: AWS-CLOUDTRAIL-LOG-VALIDATION
}

resource "aws_cloudtrail" "per_account" {
  for_each                   = toset(["audit", "security"])
  name                       = each.key
  s3_bucket_name             = local.trail_bucket
  enable_log_file_validation = each.key == "audit" # expect: AWS-CLOUDTRAIL-LOG-VALIDATION
}
