variable "multi_az" {
  type = bool
}

variable "engine" {
  type = string
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

resource "aws_elasticache_replication_group" "decided_at_apply" {
  replication_group_id       = "carts"
  description                = "Carts"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = var.multi_az
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.medium"
  num_cache_nodes = 2
  az_mode         = "cross-az"
}

# The engine, and so whether zones matter, is decided at apply time.
resource "aws_elasticache_cluster" "decided_engine" {
  cluster_id      = "decided-engine"
  engine          = var.engine
  node_type       = "cache.t4g.medium"
  num_cache_nodes = 2
  az_mode         = "cross-az"
}

resource "aws_elasticache_cluster" "sessions_extra" {
  cluster_id           = "sessions-extra"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}

# Automatic failover promotes a replica in another zone when the primary fails; multi_az_enabled left out.
resource "aws_elasticache_replication_group" "failover_sessions" {
  replication_group_id       = "failover-sessions"
  description                = "sessions with automatic failover"
  engine                     = "valkey"
  node_type                  = "cache.m7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}
