variable "db_password" {
  type      = string
  sensitive = true
}

ephemeral "random_password" "reporting" {
  length = 32
}

resource "random_password" "ledger" {
  length  = 32
  special = false
}

data "aws_secretsmanager_secret_version" "catalog" {
  secret_id = "prod/catalog-db"
}

# RDS creates and rotates the secret in Secrets Manager.
resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_db_instance" "from_variable" {
  identifier        = "from-variable"
  engine            = "mysql"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  username          = "admin"
  password          = var.db_password
}

resource "aws_db_instance" "reporting" {
  identifier          = "reporting"
  engine              = "mysql"
  instance_class      = "db.m7g.large"
  allocated_storage   = 100
  username            = "reporting"
  password_wo         = ephemeral.random_password.reporting.result
  password_wo_version = 1
}

resource "aws_db_instance" "catalog" {
  identifier        = "catalog"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  username          = "catalog"
  password          = jsondecode(data.aws_secretsmanager_secret_version.catalog.secret_string)["password"]
}

# A replica has no password of its own.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m7g.large"
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier = "ledger"
  engine             = "aurora-postgresql"
  master_username    = "ledger"
  master_password    = random_password.ledger.result
  storage_encrypted  = true
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
