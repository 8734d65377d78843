variable "encrypt_at_rest" {
  type = bool
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "Carts"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Valkey encrypts at rest unless told otherwise.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "Session store"
  engine               = "valkey"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
}

# Decided when the plan is made.
resource "aws_elasticache_replication_group" "prices" {
  replication_group_id       = "prices"
  description                = "Prices"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = var.encrypt_at_rest
}

# Memcached offers no encryption at rest.
resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.medium"
  num_cache_nodes = 2
}
