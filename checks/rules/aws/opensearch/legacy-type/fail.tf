variable "engine_version" {
  type    = string
  default = "7.10"
}

resource "aws_elasticsearch_domain" "products" { # expect: AWS-OPENSEARCH-LEGACY-TYPE
  domain_name           = "products"
  elasticsearch_version = var.engine_version
}

resource "aws_elasticsearch_domain" "per_team" { # expect: AWS-OPENSEARCH-LEGACY-TYPE, AWS-OPENSEARCH-LEGACY-TYPE
  for_each              = toset(["analytics", "marketing"])
  domain_name           = each.key
  elasticsearch_version = "7.10"
}
