variable "publish_errors" {
  type    = bool
  default = false
}

resource "aws_cloudwatch_log_group" "search_errors" {
  name              = "/aws/opensearch/errors"
  retention_in_days = 30
}

resource "aws_opensearch_domain" "products" { # expect: AWS-OPENSEARCH-LOGGING
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "slow_logs_only" {
  domain_name = "catalog"

  log_publishing_options { # expect: AWS-OPENSEARCH-LOGGING
    log_type                 = "SEARCH_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn
  }
}

resource "aws_opensearch_domain" "turned_off" {
  domain_name = "logs"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn
    enabled                  = false # expect: AWS-OPENSEARCH-LOGGING
  }
}

resource "aws_opensearch_domain" "from_variable" {
  domain_name = "reports"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn
    enabled                  = var.publish_errors # expect: AWS-OPENSEARCH-LOGGING
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = { analytics = true, marketing = false }
  domain_name           = each.key
  elasticsearch_version = "7.10"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn
    enabled                  = each.value # expect: AWS-OPENSEARCH-LOGGING
  }
}
