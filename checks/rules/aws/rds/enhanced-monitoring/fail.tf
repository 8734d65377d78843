variable "monitoring_seconds" {
  type    = number
  default = 0
}

locals {
  interval_by_environment = {
    staging    = 0
    production = 60
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
  monitoring_interval         = 0 # expect: AWS-RDS-ENHANCED-MONITORING
}

resource "aws_db_instance" "reporting" { # expect: AWS-RDS-ENHANCED-MONITORING
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
  instance_class              = "db.m7g.large"
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
  monitoring_interval         = var.monitoring_seconds # expect: AWS-RDS-ENHANCED-MONITORING
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "analytics" { # expect: AWS-RDS-ENHANCED-MONITORING, AWS-RDS-ENHANCED-MONITORING
  for_each           = toset(["writer", "reader"])
  identifier         = "analytics-${each.key}"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}

resource "aws_rds_cluster_instance" "analytics_reporting" {
  identifier          = "analytics-reporting"
  cluster_identifier  = aws_rds_cluster.analytics.id
  engine              = aws_rds_cluster.analytics.engine
  instance_class      = "db.r7g.large"
  monitoring_interval = local.interval_by_environment[local.environment] # expect: AWS-RDS-ENHANCED-MONITORING
}

# A Multi-AZ DB cluster runs its own instances.
resource "aws_rds_cluster" "ledger" { # expect: AWS-RDS-ENHANCED-MONITORING
  cluster_identifier          = "ledger"
  engine                      = "mysql"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 3000
  master_username             = "ledger"
  manage_master_user_password = true
}
