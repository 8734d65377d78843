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

resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = var.key_arn
    }
    encryption_at_rest {
      catalog_encryption_mode         = "SSE-KMS-WITH-SERVICE-ROLE"
      sse_aws_kms_key_id              = var.key_arn
      catalog_encryption_service_role = var.role_arn
    }
  }
}
