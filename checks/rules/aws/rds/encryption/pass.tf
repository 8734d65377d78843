variable "encrypt_storage" {
  type = bool
}

variable "source_snapshot" {
  type = string
}

resource "aws_kms_key" "database" {
  description         = "Order database storage"
  enable_key_rotation = true
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.database.arn
}

# Decided when the plan is made: not known here, so not a finding.
resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = "db.r7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  storage_encrypted           = var.encrypt_storage
}

# A replica and a restore take their encryption from the source.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m7g.large"
}

resource "aws_db_instance" "restored" {
  identifier          = "restored"
  snapshot_identifier = var.source_snapshot
  instance_class      = "db.m7g.large"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "analytics_writer" {
  identifier         = "analytics-writer"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}

# Aurora Serverless v1 always encrypts its cluster volume.
resource "aws_rds_cluster" "legacy_serverless" {
  cluster_identifier          = "legacy-serverless"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "legacy"
  manage_master_user_password = true
}
