variable "database_port" {
  type    = number
  default = 5432
}

locals {
  ports = {
    staging    = 3306
    production = 13306
  }
  environment = "staging"
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "mysql"
  port                        = 3306 # expect: AWS-RDS-DEFAULT-PORT
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "billing" { # expect: AWS-RDS-DEFAULT-PORT
  identifier                  = "billing"
  engine                      = "sqlserver-se"
  license_model               = "license-included"
  instance_class              = "db.m6i.xlarge"
  allocated_storage           = 100
  username                    = "billing"
  manage_master_user_password = true
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "postgres"
  port                        = var.database_port # expect: AWS-RDS-DEFAULT-PORT
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "reporting"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "sessions" {
  cluster_identifier          = "sessions"
  engine                      = "aurora-mysql"
  port                        = local.ports[local.environment] # expect: AWS-RDS-DEFAULT-PORT
  master_username             = "sessions"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "tenants" { # expect: AWS-RDS-DEFAULT-PORT, AWS-RDS-DEFAULT-PORT
  for_each                    = toset(["eu", "us"])
  cluster_identifier          = "tenants-${each.key}"
  engine                      = "aurora-postgresql"
  master_username             = "tenants"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "warehouse" { # expect: AWS-RDS-DEFAULT-PORT
  identifier                  = "warehouse"
  engine                      = "db2-se"
  license_model               = "bring-your-own-license"
  instance_class              = "db.m6i.xlarge"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}
