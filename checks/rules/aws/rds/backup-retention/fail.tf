variable "retention_days" {
  type    = number
  default = 3
}

locals {
  retention_by_environment = {
    staging    = 1
    production = 14
  }
  environment = "staging"
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  backup_retention_period     = 0 # expect: AWS-RDS-BACKUP-RETENTION
}

resource "aws_db_instance" "reporting" { # expect: AWS-RDS-BACKUP-RETENTION
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.r7g.large"
  allocated_storage           = 200
  username                    = "reporting"
  manage_master_user_password = true
}

resource "aws_db_instance" "variable_driven" {
  identifier                  = "variable-driven"
  engine                      = "mariadb"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
  backup_retention_period     = var.retention_days # expect: AWS-RDS-BACKUP-RETENTION
}

resource "aws_db_instance" "by_environment" {
  identifier                  = "by-environment"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "mapped"
  manage_master_user_password = true
  backup_retention_period     = local.retention_by_environment[local.environment] # expect: AWS-RDS-BACKUP-RETENTION
}

resource "aws_rds_cluster" "analytics" { # expect: AWS-RDS-BACKUP-RETENTION
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}
