variable "rotate_keys" {
  type    = bool
  default = false
}

resource "aws_kms_key" "data" { # expect: AWS-KMS-ROTATION
  description = "Application data"
}

resource "aws_kms_key" "backups" {
  description         = "Backups"
  enable_key_rotation = false # expect: AWS-KMS-ROTATION
}

resource "aws_kms_key" "from_variable" {
  description         = "Reports"
  enable_key_rotation = var.rotate_keys # expect: AWS-KMS-ROTATION
}

resource "aws_kms_key" "symmetric" {
  description              = "Explicitly symmetric"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = false # expect: AWS-KMS-ROTATION
}

resource "aws_kms_key" "per_tenant" { # expect: AWS-KMS-ROTATION, AWS-KMS-ROTATION
  for_each    = toset(["acme", "globex"])
  description = "Tenant ${each.key}"
}
