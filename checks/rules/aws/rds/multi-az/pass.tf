variable "multi_az" {
  type = bool
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  multi_az                    = true
}

# Decided when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  multi_az                    = var.multi_az
}

resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m7g.large"
}

# Aurora members get their resilience from the cluster.
resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-mysql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "analytics_writer" {
  identifier         = "analytics-writer"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}

# SQL Server Express runs in one zone only.
resource "aws_db_instance" "express" {
  identifier                  = "express"
  engine                      = "sqlserver-ex"
  license_model               = "license-included"
  instance_class              = "db.t3.small"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}

# Aurora replicates storage across three zones for the whole cluster; an instance's multi_az does not apply.
variable "aurora_engine" {
  type    = string
  default = "aurora-postgresql"
}

resource "aws_db_instance" "legacy_aurora" {
  engine         = var.aurora_engine
  instance_class = "db.r7g.large"
}
