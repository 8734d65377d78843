variable "encrypt_storage" {
  type    = bool
  default = false
}

locals {
  environment = "staging"
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = false # expect: AWS-RDS-ENCRYPTION
}

resource "aws_db_instance" "reporting" { # expect: AWS-RDS-ENCRYPTION
  identifier                  = "reporting"
  engine                      = "mysql"
  instance_class              = "db.r7g.large"
  allocated_storage           = 200
  username                    = "reporting"
  manage_master_user_password = true
}

resource "aws_db_instance" "variable_driven" {
  identifier                  = "variable-driven"
  engine                      = "mariadb"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
  storage_encrypted           = var.encrypt_storage # expect: AWS-RDS-ENCRYPTION
}

resource "aws_db_instance" "by_environment" {
  identifier                  = "by-environment"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "mapped"
  manage_master_user_password = true
  storage_encrypted           = local.environment == "production" # expect: AWS-RDS-ENCRYPTION
}

resource "aws_rds_cluster" "analytics" { # expect: AWS-RDS-ENCRYPTION
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  engine_version              = "16.4"
  master_username             = "analytics"
  manage_master_user_password = true
}

# A member stores nothing itself: the cluster volume above is the finding.
resource "aws_rds_cluster_instance" "analytics" {
  count              = 2
  identifier         = "analytics-${count.index}"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r7g.large"
}
