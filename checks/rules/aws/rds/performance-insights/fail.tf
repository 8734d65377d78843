variable "enable_insights" {
  type    = bool
  default = false
}

locals {
  insights_by_environment = {
    staging    = false
    production = true
  }
  environment = "staging"
}

resource "aws_db_instance" "orders" {
  identifier                   = "orders"
  engine                       = "postgres"
  instance_class               = "db.m7g.large"
  allocated_storage            = 100
  username                     = "orders"
  manage_master_user_password  = true
  performance_insights_enabled = false # expect: AWS-RDS-PERFORMANCE-INSIGHTS
}

resource "aws_db_instance" "reporting" { # expect: AWS-RDS-PERFORMANCE-INSIGHTS
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.r7g.large"
  allocated_storage           = 200
  username                    = "reporting"
  manage_master_user_password = true
}

resource "aws_db_instance" "variable_driven" {
  identifier                   = "variable-driven"
  engine                       = "mariadb"
  instance_class               = "db.m7g.large"
  allocated_storage            = 50
  username                     = "admin"
  manage_master_user_password  = true
  performance_insights_enabled = var.enable_insights # expect: AWS-RDS-PERFORMANCE-INSIGHTS
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "analytics_writer" { # expect: AWS-RDS-PERFORMANCE-INSIGHTS
  identifier         = "analytics-writer"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}

resource "aws_rds_cluster_instance" "analytics_reader" {
  identifier                   = "analytics-reader"
  cluster_identifier           = aws_rds_cluster.analytics.id
  engine                       = aws_rds_cluster.analytics.engine
  instance_class               = "db.r7g.large"
  performance_insights_enabled = local.insights_by_environment[local.environment] # expect: AWS-RDS-PERFORMANCE-INSIGHTS
}

# A Multi-AZ DB cluster runs its own instances.
resource "aws_rds_cluster" "ledger" { # expect: AWS-RDS-PERFORMANCE-INSIGHTS
  cluster_identifier          = "ledger"
  engine                      = "mysql"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 3000
  master_username             = "ledger"
  manage_master_user_password = true
}
