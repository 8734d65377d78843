variable "postgres_version" {
  type    = string
  default = "12.19"
}

locals {
  aurora_mysql_versions = {
    staging    = "5.7.mysql_aurora.2.11.2"
    production = "8.0.mysql_aurora.3.08.0"
  }
  environment = "staging"
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "mysql"
  engine_version              = "5.7.44" # expect: AWS-RDS-ENGINE-EOL
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  engine_version              = var.postgres_version # expect: AWS-RDS-ENGINE-EOL
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "billing"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "sessions" {
  cluster_identifier          = "sessions"
  engine                      = "aurora-mysql"
  engine_version              = local.aurora_mysql_versions[local.environment] # expect: AWS-RDS-ENGINE-EOL
  master_username             = "sessions"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "tenants" {
  for_each                    = toset(["eu", "us"])
  cluster_identifier          = "tenants-${each.key}"
  engine                      = "aurora-postgresql"
  engine_version              = "11.21" # expect: AWS-RDS-ENGINE-EOL, AWS-RDS-ENGINE-EOL
  master_username             = "tenants"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "tenants" {
  for_each           = aws_rds_cluster.tenants
  identifier         = "tenants-${each.key}-writer"
  cluster_identifier = each.value.id
  engine             = each.value.engine
  instance_class     = "db.r7g.large"
}
