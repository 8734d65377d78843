variable "instance_class" {
  type    = string
  default = "db.t3.medium"
}

locals {
  sizing = {
    staging    = "db.r5.large"
    production = "db.r7g.large"
  }
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m5.xlarge" # expect: AWS-RDS-GRAVITON
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "variable_driven" {
  identifier                  = "variable-driven"
  engine                      = "MySQL"
  instance_class              = var.instance_class # expect: AWS-RDS-GRAVITON
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_db_instance" "per_environment" {
  for_each                    = local.sizing
  identifier                  = "catalog-${each.key}"
  engine                      = "mariadb"
  instance_class              = each.value # expect: AWS-RDS-GRAVITON
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}

# The member's engine is its cluster's.
resource "aws_rds_cluster_instance" "analytics_writer" {
  identifier         = "analytics-writer"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r6i.large" # expect: AWS-RDS-GRAVITON
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m5d.large" # expect: AWS-RDS-GRAVITON
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 3000
  master_username             = "ledger"
  manage_master_user_password = true
}
