locals {
  caches = toset(["carts", "prices"])
}

resource "aws_elasticache_replication_group" "sessions" { # expect: AWS-ELASTICACHE-AUTH
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "shop" { # expect: AWS-ELASTICACHE-AUTH, AWS-ELASTICACHE-AUTH
  for_each             = local.caches
  replication_group_id = each.key
  description          = "Shop cache ${each.key}"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
  user_group_ids       = []
}
