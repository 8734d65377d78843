variable "encrypt_in_transit" {
  type    = bool
  default = false
}

resource "aws_elasticache_replication_group" "sessions" { # expect: AWS-ELASTICACHE-TRANSIT-ENCRYPTION
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
  transit_encryption_enabled = false # expect: AWS-ELASTICACHE-TRANSIT-ENCRYPTION
}

resource "aws_elasticache_replication_group" "prices" {
  replication_group_id       = "prices"
  description                = "Prices"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = var.encrypt_in_transit # expect: AWS-ELASTICACHE-TRANSIT-ENCRYPTION
}

resource "aws_elasticache_cluster" "pages" { # expect: AWS-ELASTICACHE-TRANSIT-ENCRYPTION
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.medium"
  num_cache_nodes = 2
}
