variable "node_type" {
  type    = string
  default = "cache.t3.medium"
}

variable "stage" {
  type    = string
  default = "dev"
}

locals {
  sizing = {
    dev  = "cache.m4.large"
    prod = "cache.r7g.large"
  }
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "Session store"
  node_type            = "cache.m5.xlarge" # expect: AWS-ELASTICACHE-GRAVITON
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "carts" {
  replication_group_id = "carts"
  description          = "Carts"
  node_type            = var.node_type # expect: AWS-ELASTICACHE-GRAVITON
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "prices" {
  replication_group_id = "prices"
  description          = "Prices"
  node_type            = lookup(local.sizing, var.stage) # expect: AWS-ELASTICACHE-GRAVITON
  num_cache_clusters   = 2
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = var.stage == "prod" ? "cache.r7g.large" : "cache.r5.large" # expect: AWS-ELASTICACHE-GRAVITON
  num_cache_nodes = 2
}
