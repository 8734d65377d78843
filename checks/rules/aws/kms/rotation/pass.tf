variable "rotate_keys" {
  type = bool
}

variable "hsm_key_store" {
  type    = string
  default = "cks-1234567890abcdef0"
}

resource "aws_kms_key" "data" {
  description             = "Application data"
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

resource "aws_kms_key" "decided_at_apply" {
  description         = "Backups"
  enable_key_rotation = var.rotate_keys
}

# Asymmetric and HMAC keys cannot rotate automatically.
resource "aws_kms_key" "signing" {
  description              = "Signing"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "webhooks" {
  description              = "Webhook MACs"
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}

# Key material in a CloudHSM key store, and imported key material, cannot rotate automatically either.
resource "aws_kms_key" "in_hsm" {
  description         = "Payments"
  custom_key_store_id = var.hsm_key_store
}

resource "aws_kms_external_key" "imported" {
  description = "Imported material"
}
