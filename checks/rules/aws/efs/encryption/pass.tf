variable "encrypt" {
  type = bool
}

resource "aws_kms_key" "files" {
  description         = "EFS"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
  kms_key_id     = aws_kms_key.files.arn
}

resource "aws_efs_file_system" "decided_at_apply" {
  creation_token = "reports"
  encrypted      = var.encrypt
}

resource "aws_efs_file_system" "per_team" {
  for_each       = toset(["analytics", "marketing"])
  creation_token = each.key
  encrypted      = true
}
