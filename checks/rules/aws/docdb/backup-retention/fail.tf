variable "retention_days" {
  type    = number
  default = 3
}

resource "aws_docdb_cluster" "catalog" { # expect: AWS-DOCDB-BACKUP-RETENTION
  cluster_identifier          = "catalog"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_docdb_cluster" "one_day" {
  cluster_identifier      = "orders"
  storage_encrypted       = true
  backup_retention_period = 1 # expect: AWS-DOCDB-BACKUP-RETENTION
}

resource "aws_docdb_cluster" "from_variable" {
  cluster_identifier      = "reports"
  storage_encrypted       = true
  backup_retention_period = var.retention_days # expect: AWS-DOCDB-BACKUP-RETENTION
}

resource "aws_docdb_cluster" "per_team" {
  for_each                = { analytics = 14, marketing = 2 }
  cluster_identifier      = each.key
  storage_encrypted       = true
  backup_retention_period = each.value # expect: AWS-DOCDB-BACKUP-RETENTION
}
