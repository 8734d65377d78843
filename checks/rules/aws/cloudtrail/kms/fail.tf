variable "bucket" {
  type = string
}

resource "aws_cloudtrail" "main" { # expect: AWS-CLOUDTRAIL-KMS
  name                       = "main"
  s3_bucket_name             = var.bucket
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "per_team" { # expect: AWS-CLOUDTRAIL-KMS, AWS-CLOUDTRAIL-KMS
  for_each                   = toset(["data", "apps"])
  name                       = each.key
  s3_bucket_name             = var.bucket
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
