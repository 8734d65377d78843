variable "tls_policy" {
  type = string
}

resource "aws_opensearch_domain" "products" {
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

resource "aws_opensearch_domain" "decided_at_apply" {
  domain_name = "reports"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = var.tls_policy
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = toset(["analytics", "marketing"])
  domain_name           = each.key
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
