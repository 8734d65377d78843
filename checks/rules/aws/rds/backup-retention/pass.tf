variable "retention_days" {
  type = number
}

locals {
  retention_by_environment = {
    staging    = 7
    production = 14
  }
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  backup_retention_period     = 14
  backup_window               = "03:00-04:00"
}

# Decided when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = "db.r7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  backup_retention_period     = var.retention_days
}

resource "aws_db_instance" "tenants" {
  for_each                    = local.retention_by_environment
  identifier                  = "tenant-${each.key}"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "tenant"
  manage_master_user_password = true
  backup_retention_period     = each.value
}

# A read replica copies a source that keeps its own backups.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m7g.large"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  preferred_backup_window     = "03:00-04:00"
}

resource "aws_rds_cluster_instance" "analytics_writer" {
  identifier         = "analytics-writer"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}
