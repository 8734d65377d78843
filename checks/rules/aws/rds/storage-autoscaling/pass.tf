variable "storage_limit" {
  type = number
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  max_allocated_storage       = 1000
  storage_type                = "gp3"
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  max_allocated_storage       = var.storage_limit
  username                    = "admin"
  manage_master_user_password = true
}

# Aurora storage grows with the data; members have no allocated storage.
resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
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

# A read replica follows its source.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m7g.large"
}
