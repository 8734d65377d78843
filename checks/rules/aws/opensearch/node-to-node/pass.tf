variable "encrypt_transit" {
  type = bool
}

resource "aws_opensearch_domain" "products" {
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_opensearch_domain" "decided_at_apply" {
  domain_name = "reports"

  node_to_node_encryption {
    enabled = var.encrypt_transit
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = toset(["analytics", "marketing"])
  domain_name           = each.key
  elasticsearch_version = "7.10"

  node_to_node_encryption {
    enabled = true
  }
}

# Elasticsearch 5.x cannot encrypt node-to-node traffic; upgrading the engine comes first.
resource "aws_elasticsearch_domain" "old" {
  domain_name           = "old"
  elasticsearch_version = "5.6"
}
