variable "encrypt" {
  type    = bool
  default = false
}

resource "aws_efs_file_system" "shared" { # expect: AWS-EFS-ENCRYPTION
  creation_token = "shared"
}

resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
  encrypted      = false # expect: AWS-EFS-ENCRYPTION
}

resource "aws_efs_file_system" "from_variable" {
  creation_token = "reports"
  encrypted      = var.encrypt # expect: AWS-EFS-ENCRYPTION
}

resource "aws_efs_file_system" "per_team" {
  for_each       = { analytics = true, marketing = false }
  creation_token = each.key
  encrypted      = each.value # expect: AWS-EFS-ENCRYPTION
}
