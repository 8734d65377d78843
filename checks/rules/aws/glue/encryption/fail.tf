variable "key_arn" {
  type = string
}

variable "role_arn" {
  type = string
}

variable "cloudwatch_mode" {
  type    = string
  default = "DISABLED"
}

resource "aws_glue_security_configuration" "etl" {
  name = "etl"

  encryption_configuration {
    s3_encryption {
      s3_encryption_mode = "DISABLED" # expect: AWS-GLUE-ENCRYPTION
    }
    cloudwatch_encryption {
      cloudwatch_encryption_mode = var.cloudwatch_mode # expect: AWS-GLUE-ENCRYPTION
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = var.key_arn
    }
  }
}

resource "aws_glue_security_configuration" "partial" { # expect: AWS-GLUE-ENCRYPTION
  name = "partial"

  encryption_configuration {
    s3_encryption {
      s3_encryption_mode = "SSE-S3"
    }
    cloudwatch_encryption {}
    job_bookmarks_encryption {}
  }
}

resource "aws_glue_job" "nightly" { # expect: AWS-GLUE-ENCRYPTION
  name     = "nightly"
  role_arn = var.role_arn

  command {
    script_location = "s3://scripts/nightly.py"
  }
}

resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false # expect: AWS-GLUE-ENCRYPTION
    }
    encryption_at_rest {
      catalog_encryption_mode = "DISABLED" # expect: AWS-GLUE-ENCRYPTION
    }
  }
}
