variable "multi_az" {
  type    = bool
  default = false
}

locals {
  availability = {
    staging    = { multi_az = false }
    production = { multi_az = true }
  }
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  multi_az                    = false # expect: AWS-RDS-MULTI-AZ
}

resource "aws_db_instance" "reporting" { # expect: AWS-RDS-MULTI-AZ
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
  multi_az                    = var.multi_az # expect: AWS-RDS-MULTI-AZ
}

resource "aws_db_instance" "per_environment" {
  for_each                    = local.availability
  identifier                  = "orders-${each.key}"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  multi_az                    = each.value.multi_az # expect: AWS-RDS-MULTI-AZ
}
