variable "transition" {
  type = string
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true

  lifecycle_policy {
    transition_to_ia = "AFTER_30_DAYS"
  }

  lifecycle_policy {
    transition_to_archive = "AFTER_90_DAYS"
  }
}

resource "aws_efs_file_system" "per_team" {
  for_each       = toset(["analytics", "marketing"])
  creation_token = each.key
  encrypted      = true

  lifecycle_policy {
    transition_to_ia = var.transition
  }
}
