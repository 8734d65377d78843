variable "node_type" {
  type = string
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "Session store"
  node_type            = "cache.m7g.xlarge"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "decided_at_apply" {
  replication_group_id = "carts"
  description          = "Carts"
  node_type            = var.node_type
  num_cache_clusters   = 2
}

# A node of the replication group above: the group carries the node type.
resource "aws_elasticache_cluster" "sessions_extra" {
  cluster_id           = "sessions-extra"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.medium"
  num_cache_nodes = 2
}
