variable "iam_authentication" {
  type = bool
}

resource "aws_db_instance" "orders" {
  identifier                          = "orders"
  engine                              = "postgres"
  instance_class                      = "db.m7g.large"
  allocated_storage                   = 100
  username                            = "orders"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
}

# Decided when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                          = "decided-at-apply"
  engine                              = "mysql"
  instance_class                      = "db.m7g.large"
  allocated_storage                   = 100
  username                            = "admin"
  manage_master_user_password         = true
  iam_database_authentication_enabled = var.iam_authentication
}

# Oracle, SQL Server and Db2 have no IAM database authentication.
resource "aws_db_instance" "ledger" {
  identifier                  = "ledger"
  engine                      = "oracle-ee"
  license_model               = "bring-your-own-license"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_db_instance" "warehouse" {
  identifier                  = "warehouse"
  engine                      = "db2-se"
  license_model               = "bring-your-own-license"
  instance_class              = "db.m6i.xlarge"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
}

# RDS for MariaDB offers it from 10.11 only.
resource "aws_db_instance" "legacy_mariadb" {
  identifier                  = "legacy-mariadb"
  engine                      = "mariadb"
  engine_version              = "10.6"
  instance_class              = "db.m7g.large"
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
}

# Aurora: turned on for the cluster; its instances cannot set it themselves.
resource "aws_rds_cluster" "analytics" {
  cluster_identifier                  = "analytics"
  engine                              = "aurora-postgresql"
  master_username                     = "analytics"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster_instance" "analytics" {
  count              = 2
  identifier         = "analytics-${count.index}"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}

# A read replica follows its source, which is checked on its own.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m7g.large"
}
