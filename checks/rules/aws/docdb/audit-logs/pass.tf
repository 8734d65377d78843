variable "log_types" {
  type = list(string)
}

resource "aws_docdb_cluster_parameter_group" "audited" {
  name   = "audited"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audited.name
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

resource "aws_docdb_cluster" "decided_at_apply" {
  cluster_identifier              = "reports"
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audited.name
  enabled_cloudwatch_logs_exports = var.log_types
}

resource "aws_docdb_cluster" "per_team" {
  for_each                        = toset(["analytics", "marketing"])
  cluster_identifier              = each.key
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audited.name
  enabled_cloudwatch_logs_exports = ["audit"]
}
