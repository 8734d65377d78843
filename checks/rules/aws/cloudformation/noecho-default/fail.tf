variable "environment" {
  type    = string
  default = "dev"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "wordpress" # expect: AWS-CFN-NOECHO-DEFAULT
}

# Not marked sensitive, but named as a password: the default is just as known.
variable "cluster_master_password" {
  type    = string
  default = "Cluster-2024" # expect: AWS-CFN-NOECHO-DEFAULT
}

variable "auth_token" {
  type      = string
  sensitive = true
  default   = "cache-token-0123456789" # expect: AWS-CFN-NOECHO-DEFAULT
}

variable "api_secret" {
  type      = string
  sensitive = true
  default   = "partner-api-secret" # expect: AWS-CFN-NOECHO-DEFAULT
}

variable "docdb_passwords" {
  type      = map(string)
  sensitive = true
  default = { # expect: AWS-CFN-NOECHO-DEFAULT, AWS-CFN-NOECHO-DEFAULT
    catalog = "Catalog-Docs-1"
    orders  = "Orders-Docs-1"
  }
}

locals {
  password = var.db_password
}

resource "aws_db_instance" "wordpress" {
  engine            = "mysql"
  instance_class    = "db.t4g.medium"
  allocated_storage = 20
  storage_encrypted = true
  username          = "wordpress"
  password          = local.password
}

resource "aws_rds_cluster" "reporting" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
  master_username   = "reporting"
  master_password   = var.cluster_master_password
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = var.auth_token
}

resource "aws_secretsmanager_secret" "partner" {
  name = "partner-${var.environment}"
}

resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = var.api_secret
}

resource "aws_docdb_cluster" "documents" {
  for_each           = var.docdb_passwords
  cluster_identifier = each.key
  storage_encrypted  = true
  master_username    = "docs"
  master_password    = each.value
}
