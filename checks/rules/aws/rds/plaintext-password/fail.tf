variable "replicas" {
  type    = number
  default = 2
}

resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  username          = "orders"
  password          = "Sup3rS3cret!" # expect: AWS-RDS-PLAINTEXT-PASSWORD
}

# Write-only keeps the password out of the state, not out of the file.
resource "aws_db_instance" "reporting" {
  identifier          = "reporting"
  engine              = "mysql"
  instance_class      = "db.m7g.large"
  allocated_storage   = 100
  username            = "reporting"
  password_wo         = "Reporting2024" # expect: AWS-RDS-PLAINTEXT-PASSWORD
  password_wo_version = 1
}

resource "aws_db_instance" "shards" {
  count             = var.replicas
  identifier        = "shard-${count.index}"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  username          = "shard"
  password          = "ShardPassw0rd" # expect: AWS-RDS-PLAINTEXT-PASSWORD, AWS-RDS-PLAINTEXT-PASSWORD
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier = "analytics"
  engine             = "aurora-postgresql"
  master_username    = "analytics"
  master_password    = "An4lytics!" # expect: AWS-RDS-PLAINTEXT-PASSWORD
  storage_encrypted  = true
}
