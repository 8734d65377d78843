variable "protect_tables" {
  type = bool
}

variable "skip_final_snapshot" {
  type    = bool
  default = false
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "orderId"

  attribute {
    name = "orderId"
    type = "S"
  }

  lifecycle {
    prevent_destroy = true
  }
}

# Deletion protection makes a destroy fail, so the table and its data stay.
resource "aws_dynamodb_table" "sessions" {
  name                        = "sessions"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "sessionId"
  deletion_protection_enabled = true

  attribute {
    name = "sessionId"
    type = "S"
  }
}

resource "aws_dynamodb_table" "decided_at_apply" {
  name                        = "decided-at-apply"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = var.protect_tables

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_efs_file_system" "shared" {
  encrypted = true

  lifecycle {
    prevent_destroy = true
  }
}

# The provider takes a final snapshot unless told to skip it.
resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  storage_encrypted           = true
  username                    = "orders"
  manage_master_user_password = true
  final_snapshot_identifier   = "orders-final"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  storage_encrypted           = true
  master_username             = "analytics"
  manage_master_user_password = true
  skip_final_snapshot         = var.skip_final_snapshot
  final_snapshot_identifier   = "analytics-final"
}

# Like RDS, DocumentDB keeps a final snapshot unless told to skip it.
resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  storage_encrypted           = true
  master_username             = "catalog"
  manage_master_user_password = true
  final_snapshot_identifier   = "catalog-final"
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  lifecycle {
    prevent_destroy = true
  }
}
