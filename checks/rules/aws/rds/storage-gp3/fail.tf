variable "storage_type" {
  type    = string
  default = "gp2"
}

locals {
  storage = {
    staging    = "gp2"
    production = "gp3"
  }
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  storage_type                = "gp2" # expect: AWS-RDS-STORAGE-GP3
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "variable_driven" {
  identifier                  = "variable-driven"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  storage_type                = var.storage_type # expect: AWS-RDS-STORAGE-GP3
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_db_instance" "per_environment" {
  for_each                    = local.storage
  identifier                  = "catalog-${each.key}"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  storage_type                = upper(each.value) # expect: AWS-RDS-STORAGE-GP3
  username                    = "catalog"
  manage_master_user_password = true
}
