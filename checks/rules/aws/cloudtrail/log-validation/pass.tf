variable "validate_log_files" {
  type    = bool
  default = true
}

# No default and no value given: decided when the configuration is applied.
variable "validation_from_pipeline" {
  type = bool
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "org-trail-logs"
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "from_variable" {
  name                       = "from-variable"
  s3_bucket_name             = "org-trail-logs"
  enable_log_file_validation = var.validate_log_files
}

resource "aws_cloudtrail" "decided_at_apply" {
  name                       = "decided-at-apply"
  s3_bucket_name             = "org-trail-logs"
  enable_log_file_validation = var.validation_from_pipeline
}

resource "aws_cloudtrail" "per_account" {
  count                      = 2
  name                       = "account-${count.index}"
  s3_bucket_name             = "org-trail-logs"
  enable_log_file_validation = count.index >= 0
}
