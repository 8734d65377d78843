variable "encrypt" {
  type = bool
}

resource "aws_kms_key" "database" {
  description         = "DocumentDB"
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.database.arn
}

resource "aws_docdb_cluster" "decided_at_apply" {
  cluster_identifier          = "reports"
  master_username             = "reports"
  manage_master_user_password = true
  storage_encrypted           = var.encrypt
}

# A restored cluster takes its encryption from the snapshot.
resource "aws_docdb_cluster" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = "catalog-final"
}

resource "aws_docdb_cluster" "per_team" {
  for_each                    = toset(["analytics", "marketing"])
  cluster_identifier          = each.key
  master_username             = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
}
