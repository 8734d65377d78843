variable "retention_days" {
  type = number
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  preferred_backup_window     = "03:00-04:00"
}

resource "aws_docdb_cluster" "decided_at_apply" {
  cluster_identifier      = "reports"
  storage_encrypted       = true
  backup_retention_period = var.retention_days
}

resource "aws_docdb_cluster" "per_team" {
  for_each                = toset(["analytics", "marketing"])
  cluster_identifier      = each.key
  storage_encrypted       = true
  backup_retention_period = 35
}
