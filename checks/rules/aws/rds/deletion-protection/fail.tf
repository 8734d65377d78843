variable "protect" {
  type    = bool
  default = false
}

locals {
  environment = "staging"
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  deletion_protection         = false # expect: AWS-RDS-DELETION-PROTECTION
}

resource "aws_db_instance" "reporting" { # expect: AWS-RDS-DELETION-PROTECTION
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
  deletion_protection         = var.protect # expect: AWS-RDS-DELETION-PROTECTION
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = local.environment == "production" ? true : false # expect: AWS-RDS-DELETION-PROTECTION
}

resource "aws_rds_cluster" "events" { # expect: AWS-RDS-DELETION-PROTECTION
  cluster_identifier          = "events"
  engine                      = "aurora-mysql"
  master_username             = "events"
  manage_master_user_password = true
  storage_encrypted           = true
}
