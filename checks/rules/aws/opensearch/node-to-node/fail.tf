variable "encrypt_transit" {
  type    = bool
  default = false
}

resource "aws_opensearch_domain" "products" { # expect: AWS-OPENSEARCH-NODE-TO-NODE
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "from_variable" {
  domain_name = "reports"

  node_to_node_encryption {
    enabled = var.encrypt_transit # expect: AWS-OPENSEARCH-NODE-TO-NODE
  }
}

resource "aws_opensearch_domain" "per_team" {
  for_each    = { analytics = true, marketing = false }
  domain_name = each.key

  node_to_node_encryption {
    enabled = each.value # expect: AWS-OPENSEARCH-NODE-TO-NODE
  }
}
