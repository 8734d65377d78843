variable "encrypt" {
  type    = bool
  default = false
}

resource "aws_opensearch_domain" "products" { # expect: AWS-OPENSEARCH-ENCRYPTION-AT-REST
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  encrypt_at_rest {
    enabled = false # expect: AWS-OPENSEARCH-ENCRYPTION-AT-REST
  }
}

resource "aws_opensearch_domain" "from_variable" {
  domain_name = "reports"

  encrypt_at_rest {
    enabled = var.encrypt # expect: AWS-OPENSEARCH-ENCRYPTION-AT-REST
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = { analytics = true, marketing = false }
  domain_name           = each.key
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = each.value # expect: AWS-OPENSEARCH-ENCRYPTION-AT-REST
  }
}
