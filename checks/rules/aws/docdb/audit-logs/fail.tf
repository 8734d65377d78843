variable "log_types" {
  type    = list(string)
  default = ["profiler"]
}

resource "aws_docdb_cluster" "catalog" { # expect: AWS-DOCDB-AUDIT-LOGS
  cluster_identifier = "catalog"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "profiler_only" {
  cluster_identifier              = "orders"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["profiler"] # expect: AWS-DOCDB-AUDIT-LOGS
}

resource "aws_docdb_cluster" "from_variable" {
  cluster_identifier              = "reports"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.log_types # expect: AWS-DOCDB-AUDIT-LOGS
}

resource "aws_docdb_cluster" "per_team" {
  for_each                        = { analytics = ["audit"], marketing = [] }
  cluster_identifier              = each.key
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = each.value # expect: AWS-DOCDB-AUDIT-LOGS
}
