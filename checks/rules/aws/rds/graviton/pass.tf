variable "instance_class" {
  type = string
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
}

# Chosen when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = var.instance_class
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
}

# SQL Server and Oracle have no Graviton classes.
resource "aws_db_instance" "sqlserver" {
  identifier                  = "sqlserver"
  engine                      = "sqlserver-se"
  license_model               = "license-included"
  instance_class              = "db.m5.xlarge"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_db_instance" "oracle" {
  identifier                  = "oracle"
  engine                      = "oracle-se2"
  license_model               = "license-included"
  instance_class              = "db.r5.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
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
