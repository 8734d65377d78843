variable "environment" {
  type    = string
  default = "dev"
}

# No default: every apply must supply it (TF_VAR_db_password, a tfvars file kept out of the repository).
variable "db_password" {
  type      = string
  sensitive = true
}

# An empty default: the value still has to come from somewhere else.
variable "auth_token" {
  type      = string
  sensitive = true
  default   = ""
}

# Sensitive with a default, but it never sets a password or a secret value here.
variable "webhook_token" {
  type      = string
  sensitive = true
  default   = "not-a-real-token"
}

variable "database_name" {
  type    = string
  default = "orders"
}

resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 20
  storage_encrypted = true
  db_name           = var.database_name
  username          = "orders"
  password          = var.db_password
}

resource "aws_rds_cluster" "managed" {
  engine                      = "aurora-mysql"
  storage_encrypted           = true
  master_username             = "admin"
  manage_master_user_password = true
}

resource "random_password" "reporting" {
  length  = 24
  special = false
}

resource "aws_rds_cluster" "reporting" {
  for_each          = toset(["eu", "us"])
  engine            = "aurora-postgresql"
  storage_encrypted = true
  master_username   = "reporting"
  master_password   = random_password.reporting.result
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = var.auth_token == "" ? null : var.auth_token
}

resource "aws_sns_topic" "hooks" {
  name = "hooks-${var.environment}"
  tags = { token_hint = length(var.webhook_token) > 0 ? "set" : "unset" }
}
