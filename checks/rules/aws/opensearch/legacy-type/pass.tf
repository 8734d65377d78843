variable "engine_version" {
  type = string
}

resource "aws_opensearch_domain" "products" {
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"
}

# The current type runs Elasticsearch versions too.
resource "aws_opensearch_domain" "per_team" {
  for_each       = toset(["analytics", "marketing"])
  domain_name    = each.key
  engine_version = var.engine_version
}
