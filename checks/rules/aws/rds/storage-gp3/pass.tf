variable "storage_type" {
  type = string
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  storage_type                = "gp3"
  username                    = "orders"
  manage_master_user_password = true
}

# Not written: RDS creates gp3.
resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "reporting"
  manage_master_user_password = true
}

resource "aws_db_instance" "provisioned" {
  identifier                  = "provisioned"
  engine                      = "postgres"
  instance_class              = "db.r7g.2xlarge"
  allocated_storage           = 500
  storage_type                = "io2"
  iops                        = 20000
  username                    = "ledger"
  manage_master_user_password = true
}

# Decided when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  storage_type                = var.storage_type
  username                    = "admin"
  manage_master_user_password = true
}
