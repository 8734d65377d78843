variable "encrypt_in_transit" {
  type = bool
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "decided_at_apply" {
  replication_group_id       = "carts"
  description                = "Carts"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = var.encrypt_in_transit
}

# A secondary of a global datastore takes the setting from the primary.
resource "aws_elasticache_replication_group" "sessions_secondary" {
  replication_group_id        = "sessions-secondary"
  description                 = "Session store, second region"
  global_replication_group_id = "ldgnf-sessions"
  num_cache_clusters          = 2
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id                 = "pages"
  engine                     = "memcached"
  node_type                  = "cache.t4g.medium"
  num_cache_nodes            = 2
  transit_encryption_enabled = true
}

# A node of a replication group: the group carries the setting.
resource "aws_elasticache_cluster" "sessions_extra" {
  cluster_id           = "sessions-extra"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}
