variable "tls_policy" {
  type    = string
  default = "Policy-Min-TLS-1-0-2019-07"
}

resource "aws_opensearch_domain" "products" { # expect: AWS-OPENSEARCH-HTTPS
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "from_variable" {
  domain_name = "reports"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = var.tls_policy # expect: AWS-OPENSEARCH-HTTPS
  }
}

resource "aws_opensearch_domain" "per_team" {
  for_each    = { analytics = true, marketing = false }
  domain_name = each.key

  domain_endpoint_options {
    enforce_https       = each.value # expect: AWS-OPENSEARCH-HTTPS
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
