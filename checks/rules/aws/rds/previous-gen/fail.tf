variable "instance_class" {
  type    = string
  default = "db.t2.medium"
}

locals {
  sizing = {
    staging    = "db.m4.large"
    production = "db.m7g.large"
  }
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.r4.xlarge" # expect: AWS-RDS-PREVIOUS-GEN
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "variable_driven" {
  identifier                  = "variable-driven"
  engine                      = "sqlserver-se"
  license_model               = "license-included"
  instance_class              = var.instance_class # expect: AWS-RDS-PREVIOUS-GEN
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_db_instance" "per_environment" {
  for_each                    = local.sizing
  identifier                  = "catalog-${each.key}"
  engine                      = "mysql"
  instance_class              = each.value # expect: AWS-RDS-PREVIOUS-GEN
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
}

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
  instance_class     = "db.r4.large" # expect: AWS-RDS-PREVIOUS-GEN
}
