variable "bucket" {
  type = string
}

variable "key_arn" {
  type = string
}

resource "aws_kms_key" "trail" {
  description         = "CloudTrail"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = var.bucket
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "other" {
  name                       = "other"
  s3_bucket_name             = var.bucket
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = var.key_arn
}
