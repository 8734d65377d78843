variable "node_type" {
  type    = string
  default = "cache.m1.small"
}

variable "stage" {
  type    = string
  default = "dev"
}

locals {
  sizing = {
    dev  = "cache.t1.micro"
    prod = "cache.r7g.large"
  }
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "Session store"
  node_type            = "cache.r3.large" # expect: AWS-ELASTICACHE-PREVIOUS-GEN
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id = "carts"
  description          = "Carts"
  node_type            = var.node_type # expect: AWS-ELASTICACHE-PREVIOUS-GEN
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "prices" {
  replication_group_id = "prices"
  description          = "Prices"
  node_type            = local.sizing[var.stage] # expect: AWS-ELASTICACHE-PREVIOUS-GEN
  num_cache_clusters   = 2
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = var.stage == "prod" ? "cache.r7g.large" : "cache.m3.medium" # expect: AWS-ELASTICACHE-PREVIOUS-GEN
  num_cache_nodes = 2
}
