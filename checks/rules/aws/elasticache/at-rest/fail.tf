variable "encrypt_at_rest" {
  type    = bool
  default = false
}

locals {
  caches = toset(["carts", "prices"])
}

resource "aws_elasticache_replication_group" "shop" { # expect: AWS-ELASTICACHE-AT-REST, AWS-ELASTICACHE-AT-REST
  for_each             = local.caches
  replication_group_id = each.key
  description          = "Shop cache ${each.key}"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = var.encrypt_at_rest # expect: AWS-ELASTICACHE-AT-REST
}

resource "aws_elasticache_replication_group" "leaderboard" {
  replication_group_id       = "leaderboard"
  description                = "Leaderboard"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = false # expect: AWS-ELASTICACHE-AT-REST
}
