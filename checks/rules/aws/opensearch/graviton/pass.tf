variable "data_node_type" {
  type = string
}

resource "aws_opensearch_domain" "products" {
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r7g.large.search"
    instance_count = 3
  }
}

resource "aws_opensearch_domain" "decided_at_apply" {
  domain_name = "reports"

  cluster_config {
    instance_type = var.data_node_type
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = toset(["analytics", "marketing"])
  domain_name           = each.key
  elasticsearch_version = "7.10"

  cluster_config {
    instance_type = "m6g.large.elasticsearch"
  }
}

# Elasticsearch 6.8 has no Graviton types; the engine upgrade comes first.
resource "aws_elasticsearch_domain" "old" {
  domain_name           = "old"
  elasticsearch_version = "6.8"

  cluster_config {
    instance_type = "r5.large.elasticsearch"
  }
}
