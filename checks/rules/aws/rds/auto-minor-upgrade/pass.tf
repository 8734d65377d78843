variable "auto_upgrade" {
  type = bool
}

# On by default.
resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  maintenance_window          = "sun:04:00-sun:05:00"
}

resource "aws_db_instance" "explicit" {
  identifier                  = "explicit"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  auto_minor_version_upgrade  = true
}

# Decided when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  auto_minor_version_upgrade  = var.auto_upgrade
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "ledger"
  manage_master_user_password = true
}
