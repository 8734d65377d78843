variable "encrypt" {
  type    = bool
  default = false
}

resource "aws_docdb_cluster" "catalog" { # expect: AWS-DOCDB-ENCRYPTION
  cluster_identifier          = "catalog"
  master_username             = "catalog"
  manage_master_user_password = true
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders"
  manage_master_user_password = true
  storage_encrypted           = false # expect: AWS-DOCDB-ENCRYPTION
}

resource "aws_docdb_cluster" "from_variable" {
  cluster_identifier          = "reports"
  master_username             = "reports"
  manage_master_user_password = true
  storage_encrypted           = var.encrypt # expect: AWS-DOCDB-ENCRYPTION
}

resource "aws_docdb_cluster" "per_team" {
  for_each                    = { analytics = true, marketing = false }
  cluster_identifier          = each.key
  master_username             = "admin"
  manage_master_user_password = true
  storage_encrypted           = each.value # expect: AWS-DOCDB-ENCRYPTION
}
