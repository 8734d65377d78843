variable "monitoring_seconds" {
  type = number
}

resource "aws_iam_role" "rds_monitoring" {
  name = "rds-monitoring"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "monitoring.rds.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"]
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  monitoring_interval         = 60
  monitoring_role_arn         = aws_iam_role.rds_monitoring.arn
}

# Decided when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  monitoring_interval         = var.monitoring_seconds
  monitoring_role_arn         = aws_iam_role.rds_monitoring.arn
}

# RDS Custom: AWS does not run Enhanced Monitoring on it.
resource "aws_db_instance" "custom_sqlserver" {
  identifier                  = "custom-sqlserver"
  engine                      = "custom-sqlserver-se"
  instance_class              = "db.m5.xlarge"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  custom_iam_instance_profile = "AWSRDSCustomInstanceProfile"
}

# Set once on the Aurora cluster: members that say nothing are covered.
resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
  monitoring_interval         = 30
  monitoring_role_arn         = aws_iam_role.rds_monitoring.arn
}

resource "aws_rds_cluster_instance" "analytics" {
  count              = 2
  identifier         = "analytics-${count.index}"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 3000
  master_username             = "ledger"
  manage_master_user_password = true
  monitoring_interval         = 15
  monitoring_role_arn         = aws_iam_role.rds_monitoring.arn
}
