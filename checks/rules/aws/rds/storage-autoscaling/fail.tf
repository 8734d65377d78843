variable "storage_limit" {
  type    = number
  default = 0
}

locals {
  limits = {
    staging    = 0
    production = 1000
  }
  environment = "staging"
}

resource "aws_db_instance" "orders" { # expect: AWS-RDS-STORAGE-AUTOSCALING
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 1000
  storage_type                = "gp3"
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "sqlserver-se"
  license_model               = "license-included"
  instance_class              = "db.m6i.xlarge"
  allocated_storage           = 500
  max_allocated_storage       = 0 # expect: AWS-RDS-STORAGE-AUTOSCALING
  username                    = "billing"
  manage_master_user_password = true
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 200
  max_allocated_storage       = var.storage_limit # expect: AWS-RDS-STORAGE-AUTOSCALING
  username                    = "reporting"
  manage_master_user_password = true
}

resource "aws_db_instance" "tenants" {
  for_each                    = toset(["eu", "us"])
  identifier                  = "tenants-${each.key}"
  engine                      = "mariadb"
  instance_class              = "db.m7g.large"
  allocated_storage           = 300
  max_allocated_storage       = local.limits[local.environment] # expect: AWS-RDS-STORAGE-AUTOSCALING, AWS-RDS-STORAGE-AUTOSCALING
  username                    = "tenants"
  manage_master_user_password = true
}
