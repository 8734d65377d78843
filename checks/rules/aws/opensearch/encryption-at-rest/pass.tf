variable "encrypt" {
  type = bool
}

resource "aws_kms_key" "search" {
  description         = "OpenSearch"
  enable_key_rotation = true
}

resource "aws_opensearch_domain" "products" {
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
}

resource "aws_opensearch_domain" "decided_at_apply" {
  domain_name = "reports"

  encrypt_at_rest {
    enabled = var.encrypt
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = toset(["analytics", "marketing"])
  domain_name           = each.key
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = true
  }
}
