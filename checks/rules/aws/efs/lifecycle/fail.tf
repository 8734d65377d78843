resource "aws_efs_file_system" "shared" { # expect: AWS-EFS-LIFECYCLE
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_file_system" "per_team" { # expect: AWS-EFS-LIFECYCLE, AWS-EFS-LIFECYCLE
  for_each       = toset(["analytics", "marketing"])
  creation_token = each.key
  encrypted      = true

  lifecycle_policy {
    transition_to_primary_storage_class = "AFTER_1_ACCESS"
  }
}
