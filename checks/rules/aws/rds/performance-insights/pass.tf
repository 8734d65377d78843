variable "enable_insights" {
  type = bool
}

resource "aws_db_instance" "orders" {
  identifier                            = "orders"
  engine                                = "postgres"
  instance_class                        = "db.m7g.large"
  allocated_storage                     = 100
  username                              = "orders"
  manage_master_user_password           = true
  performance_insights_enabled          = true
  performance_insights_retention_period = 7
}

# Decided when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                   = "decided-at-apply"
  engine                       = "mysql"
  instance_class               = "db.m7g.large"
  allocated_storage            = 100
  username                     = "admin"
  manage_master_user_password  = true
  performance_insights_enabled = var.enable_insights
}

# Too small for Performance Insights on MySQL.
resource "aws_db_instance" "tiny" {
  identifier                  = "tiny"
  engine                      = "mysql"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier           = "ledger"
  engine                       = "postgres"
  db_cluster_instance_class    = "db.m6gd.large"
  storage_type                 = "io1"
  allocated_storage            = 100
  iops                         = 3000
  master_username              = "ledger"
  manage_master_user_password  = true
  performance_insights_enabled = true
}

# Turned on for the whole cluster: members that say nothing are covered.
resource "aws_rds_cluster" "analytics" {
  cluster_identifier           = "analytics"
  engine                       = "aurora-postgresql"
  master_username              = "analytics"
  manage_master_user_password  = true
  storage_encrypted            = true
  performance_insights_enabled = true
}

resource "aws_rds_cluster_instance" "analytics" {
  count              = 2
  identifier         = "analytics-${count.index}"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}

# Aurora MySQL offers no Performance Insights on T3 classes; the member runs its cluster's engine.
resource "aws_rds_cluster" "sessions" {
  cluster_identifier          = "sessions"
  engine                      = "aurora-mysql"
  master_username             = "sessions"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "sessions" {
  identifier         = "sessions"
  cluster_identifier = aws_rds_cluster.sessions.id
  engine             = aws_rds_cluster.sessions.engine
  instance_class     = "db.t3.medium"
}
