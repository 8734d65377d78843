variable "expose_database" {
  type = bool
}

resource "aws_db_subnet_group" "private" {
  name       = "private"
  subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  publicly_accessible         = false
  db_subnet_group_name        = aws_db_subnet_group.private.name
}

# Not written: private unless the subnet group says otherwise.
resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "reporting"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
}

# Decided when the plan is made.
resource "aws_db_instance" "decided_at_apply" {
  identifier                  = "decided-at-apply"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  publicly_accessible         = var.expose_database
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
}

resource "aws_rds_cluster_instance" "analytics_writer" {
  identifier          = "analytics-writer"
  cluster_identifier  = aws_rds_cluster.analytics.id
  engine              = aws_rds_cluster.analytics.engine
  instance_class      = "db.r7g.large"
  publicly_accessible = false
}
