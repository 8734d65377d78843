variable "skip_final_snapshot" {
  type    = bool
  default = true
}

variable "protect_tables" {
  type    = bool
  default = false
}

resource "aws_dynamodb_table" "orders" { # expect: AWS-STATEFUL-RETAIN-POLICY
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "orderId"

  attribute {
    name = "orderId"
    type = "S"
  }
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "sessionId"

  attribute {
    name = "sessionId"
    type = "S"
  }

  lifecycle {
    prevent_destroy = false # expect: AWS-STATEFUL-RETAIN-POLICY
  }
}

resource "aws_dynamodb_table" "carts" { # expect: AWS-STATEFUL-RETAIN-POLICY
  name                        = "carts"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "cartId"
  deletion_protection_enabled = var.protect_tables

  attribute {
    name = "cartId"
    type = "S"
  }
}

resource "aws_efs_file_system" "scratch" { # expect: AWS-STATEFUL-RETAIN-POLICY
  encrypted = true
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  storage_encrypted           = true
  username                    = "orders"
  manage_master_user_password = true
  skip_final_snapshot         = true # expect: AWS-STATEFUL-RETAIN-POLICY
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  storage_encrypted           = true
  master_username             = "analytics"
  manage_master_user_password = true
  skip_final_snapshot         = var.skip_final_snapshot # expect: AWS-STATEFUL-RETAIN-POLICY
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  storage_encrypted           = true
  master_username             = "catalog"
  manage_master_user_password = true
  skip_final_snapshot         = true # expect: AWS-STATEFUL-RETAIN-POLICY
}

resource "aws_opensearch_domain" "search" { # expect: AWS-STATEFUL-RETAIN-POLICY
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
}
