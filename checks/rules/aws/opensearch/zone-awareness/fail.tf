variable "node_count" {
  type    = number
  default = 1
}

resource "aws_opensearch_domain" "bare" { # expect: AWS-OPENSEARCH-ZONE-AWARENESS
  domain_name    = "bare"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "one_node" {
  domain_name = "products"

  cluster_config {
    instance_type  = "r7g.large.search"
    instance_count = var.node_count # expect: AWS-OPENSEARCH-ZONE-AWARENESS
  }
}

resource "aws_opensearch_domain" "one_zone" {
  domain_name = "catalog"

  cluster_config { # expect: AWS-OPENSEARCH-ZONE-AWARENESS
    instance_type  = "r7g.large.search"
    instance_count = 3
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = { analytics = true, marketing = false }
  domain_name           = each.key
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count         = 2
    zone_awareness_enabled = each.value # expect: AWS-OPENSEARCH-ZONE-AWARENESS
  }
}
