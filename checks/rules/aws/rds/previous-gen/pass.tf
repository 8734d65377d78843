variable "instance_class" {
  type = string
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
}

# Chosen when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = var.instance_class
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
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
}
