variable "multi_az" {
  type    = bool
  default = false
}

resource "aws_elasticache_replication_group" "sessions" { # expect: AWS-ELASTICACHE-MULTI-AZ
  replication_group_id = "sessions"
  description          = "Session store"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "Carts"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = false # expect: AWS-ELASTICACHE-MULTI-AZ
}

resource "aws_elasticache_replication_group" "prices" {
  replication_group_id       = "prices"
  description                = "Prices"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = var.multi_az # expect: AWS-ELASTICACHE-MULTI-AZ
}

# A single Redis node has nothing to fail over to.
resource "aws_elasticache_cluster" "rate_limits" { # expect: AWS-ELASTICACHE-MULTI-AZ
  cluster_id      = "rate-limits"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "pages" { # expect: AWS-ELASTICACHE-MULTI-AZ
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.medium"
  num_cache_nodes = 2
}

resource "aws_elasticache_cluster" "fragments" {
  cluster_id      = "fragments"
  engine          = "memcached"
  node_type       = "cache.t4g.medium"
  num_cache_nodes = 2
  az_mode         = "single-az" # expect: AWS-ELASTICACHE-MULTI-AZ
}
