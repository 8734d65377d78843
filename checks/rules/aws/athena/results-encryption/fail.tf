variable "results_bucket" {
  type = string
}

variable "enforce" {
  type    = bool
  default = false
}

resource "aws_athena_workgroup" "analytics" {
  name = "analytics"

  configuration {
    result_configuration { # expect: AWS-ATHENA-RESULTS-ENCRYPTION
      output_location = "s3://${var.results_bucket}/analytics/"
    }
  }
}

resource "aws_athena_workgroup" "reporting" {
  name = "reporting"

  configuration {
    enforce_workgroup_configuration = var.enforce # expect: AWS-ATHENA-RESULTS-ENCRYPTION

    result_configuration {
      output_location = "s3://${var.results_bucket}/reporting/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}
