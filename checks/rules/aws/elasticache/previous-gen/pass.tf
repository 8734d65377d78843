variable "node_type" {
  type = string
}

locals {
  node_type = "cache.r7g.large"
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "Session store"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "from_local" {
  replication_group_id = "prices"
  description          = "Prices"
  node_type            = local.node_type
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "decided_at_apply" {
  replication_group_id = "carts"
  description          = "Carts"
  node_type            = var.node_type
  num_cache_clusters   = 2
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.m6g.large"
  num_cache_nodes = 2
}
