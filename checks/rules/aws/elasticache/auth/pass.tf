variable "auth_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_user_group" "app" {
  engine        = "valkey"
  user_group_id = "app-users"
  user_ids      = ["default-disabled", "app"]
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "Carts"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = var.auth_token
}

# A secondary of a global datastore takes its security settings from the primary.
resource "aws_elasticache_replication_group" "sessions_secondary" {
  replication_group_id        = "sessions-secondary"
  description                 = "Session store, second region"
  global_replication_group_id = "ldgnf-sessions"
  num_cache_clusters          = 2
}

# Memcached has no AUTH.
resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.medium"
  num_cache_nodes = 2
}
