variable "node_count" {
  type = number
}

resource "aws_opensearch_domain" "products" {
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type          = "r7g.large.search"
    instance_count         = 3
    zone_awareness_enabled = true

    zone_awareness_config {
      availability_zone_count = 3
    }
  }
}

resource "aws_opensearch_domain" "decided_at_apply" {
  domain_name = "reports"

  cluster_config {
    instance_count         = var.node_count
    zone_awareness_enabled = true
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = toset(["analytics", "marketing"])
  domain_name           = each.key
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count         = 2
    zone_awareness_enabled = true
  }
}
