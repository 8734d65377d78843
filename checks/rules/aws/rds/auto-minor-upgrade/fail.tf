variable "auto_upgrade" {
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
  auto_minor_version_upgrade  = false # expect: AWS-RDS-AUTO-MINOR-UPGRADE
}

resource "aws_db_instance" "variable_driven" {
  identifier                  = "variable-driven"
  engine                      = "mariadb"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
  auto_minor_version_upgrade  = var.auto_upgrade # expect: AWS-RDS-AUTO-MINOR-UPGRADE
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "analytics_writer" {
  identifier                 = "analytics-writer"
  cluster_identifier         = aws_rds_cluster.analytics.id
  engine                     = aws_rds_cluster.analytics.engine
  instance_class             = "db.r7g.large"
  auto_minor_version_upgrade = local.environment == "production" # expect: AWS-RDS-AUTO-MINOR-UPGRADE
}

# A Multi-AZ DB cluster runs its own instances.
resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "ledger"
  manage_master_user_password = true
  auto_minor_version_upgrade  = false # expect: AWS-RDS-AUTO-MINOR-UPGRADE
}
