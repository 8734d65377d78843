variable "publish_errors" {
  type = bool
}

resource "aws_cloudwatch_log_group" "search_errors" {
  name              = "/aws/opensearch/errors"
  retention_in_days = 30
}

resource "aws_opensearch_domain" "products" {
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn
  }

  # enabled defaults to true
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn
  }
}

resource "aws_opensearch_domain" "decided_at_apply" {
  domain_name = "reports"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn
    enabled                  = var.publish_errors
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = toset(["analytics", "marketing"])
  domain_name           = each.key
  elasticsearch_version = "7.10"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn
    enabled                  = true
  }
}

# Elasticsearch before 5.1 cannot publish error logs; upgrading the engine comes first.
resource "aws_elasticsearch_domain" "old" {
  domain_name           = "old"
  elasticsearch_version = "2.3"
}
