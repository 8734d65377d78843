variable "results_bucket" {
  type = string
}

variable "teams" {
  type    = set(string)
  default = ["finance", "marketing"]
}

# enforce_workgroup_configuration defaults to true in the provider.
resource "aws_athena_workgroup" "team" {
  for_each = var.teams
  name     = each.key

  configuration {
    result_configuration {
      output_location = "s3://${var.results_bucket}/${each.key}/"
      encryption_configuration {
        encryption_option = "CSE_KMS"
        kms_key_arn       = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}

# No results location: each client names its own, where S3 default encryption applies.
resource "aws_athena_workgroup" "client_chosen" {
  name = "client-chosen"
}
