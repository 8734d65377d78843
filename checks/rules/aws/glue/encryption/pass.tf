variable "key_arn" {
  type = string
}

variable "role_arn" {
  type = string
}

variable "jobs" {
  type    = set(string)
  default = ["nightly", "hourly"]
}

resource "aws_glue_security_configuration" "etl" {
  name = "etl"

  encryption_configuration {
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = var.key_arn
    }
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = var.key_arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = var.key_arn
    }
  }
}

resource "aws_glue_job" "etl" {
  for_each               = var.jobs
  name                   = each.key
  role_arn               = var.role_arn
  security_configuration = aws_glue_security_configuration.etl.name

  command {
    script_location = "s3://scripts/${each.key}.py"
  }
}
