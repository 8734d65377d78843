variable "database_port" {
  type = number
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "mysql"
  port                        = 13306
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "postgres"
  port                        = var.database_port
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}

# Aurora: the port is the cluster's; its instances inherit it.
resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  port                        = 15432
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "analytics" {
  count              = 2
  identifier         = "analytics-${count.index}"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}

# A read replica listens where its source does; the source is checked on its own.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m7g.large"
}

# Restored from a snapshot, a database keeps the port of the one the snapshot was taken from.
resource "aws_db_instance" "restored" {
  identifier          = "reporting-restored"
  snapshot_identifier = "reporting-2026-11-30"
  instance_class      = "db.m7g.large"
  engine              = "postgres"
}
