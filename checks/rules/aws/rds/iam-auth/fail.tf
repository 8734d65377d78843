variable "iam_authentication" {
  type    = bool
  default = false
}

locals {
  iam_by_environment = {
    staging    = false
    production = true
  }
  environment = "staging"
}

resource "aws_db_instance" "orders" {
  identifier                          = "orders"
  engine                              = "postgres"
  instance_class                      = "db.m7g.large"
  allocated_storage                   = 100
  username                            = "orders"
  manage_master_user_password         = true
  iam_database_authentication_enabled = false # expect: AWS-RDS-IAM-AUTH
}

resource "aws_db_instance" "reporting" { # expect: AWS-RDS-IAM-AUTH
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.r7g.large"
  allocated_storage           = 200
  username                    = "reporting"
  manage_master_user_password = true
}

resource "aws_db_instance" "catalogue" {
  identifier                          = "catalogue"
  engine                              = "mariadb"
  engine_version                      = "11.4"
  instance_class                      = "db.m7g.large"
  allocated_storage                   = 50
  username                            = "admin"
  manage_master_user_password         = true
  iam_database_authentication_enabled = var.iam_authentication # expect: AWS-RDS-IAM-AUTH
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier                  = "analytics"
  engine                              = "aurora-postgresql"
  master_username                     = "analytics"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = local.iam_by_environment[local.environment] # expect: AWS-RDS-IAM-AUTH
}

resource "aws_rds_cluster_instance" "analytics" {
  count              = 2
  identifier         = "analytics-${count.index}"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}

resource "aws_rds_cluster" "tenants" { # expect: AWS-RDS-IAM-AUTH, AWS-RDS-IAM-AUTH
  for_each                    = toset(["eu", "us"])
  cluster_identifier          = "tenants-${each.key}"
  engine                      = "aurora-mysql"
  master_username             = "tenants"
  manage_master_user_password = true
  storage_encrypted           = true
}
