variable "data_node_type" {
  type    = string
  default = "m5.large.search"
}

resource "aws_opensearch_domain" "products" {
  domain_name    = "products"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r5.xlarge.search" # expect: AWS-OPENSEARCH-GRAVITON
    instance_count = 3
  }
}

resource "aws_opensearch_domain" "from_variable" {
  domain_name = "reports"

  cluster_config {
    instance_type = var.data_node_type # expect: AWS-OPENSEARCH-GRAVITON
  }
}

resource "aws_elasticsearch_domain" "per_team" {
  for_each              = { analytics = "r6g.large.elasticsearch", marketing = "t3.small.elasticsearch" }
  domain_name           = each.key
  elasticsearch_version = "7.10"

  cluster_config {
    instance_type = each.value # expect: AWS-OPENSEARCH-GRAVITON
  }
}
