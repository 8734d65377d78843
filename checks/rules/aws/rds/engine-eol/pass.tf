variable "postgres_version" {
  type = string
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "mysql"
  engine_version              = "8.4"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
}

# No version: RDS creates the database on its current default.
resource "aws_db_instance" "default_version" {
  identifier                  = "default-version"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "postgres"
  engine_version              = var.postgres_version
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}

# MariaDB is not part of RDS Extended Support.
resource "aws_db_instance" "catalogue" {
  identifier                  = "catalogue"
  engine                      = "mariadb"
  engine_version              = "10.5.27"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  engine_version              = "16.4"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
}

# A read replica runs its source's version; the source is checked on its own.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m7g.large"
}
