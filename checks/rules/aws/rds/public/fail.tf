variable "expose_database" {
  type    = bool
  default = true
}

locals {
  environment = "dev"
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  publicly_accessible         = true # expect: AWS-RDS-PUBLIC
}

resource "aws_db_instance" "variable_driven" {
  identifier                  = "variable-driven"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  publicly_accessible         = var.expose_database # expect: AWS-RDS-PUBLIC
}

resource "aws_db_instance" "dev_only" {
  identifier                  = "dev-only"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "dev"
  manage_master_user_password = true
  publicly_accessible         = local.environment == "dev" # expect: AWS-RDS-PUBLIC
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "analytics_writer" {
  identifier          = "analytics-writer"
  cluster_identifier  = aws_rds_cluster.analytics.id
  engine              = aws_rds_cluster.analytics.engine
  instance_class      = "db.r7g.large"
  publicly_accessible = true # expect: AWS-RDS-PUBLIC
}
