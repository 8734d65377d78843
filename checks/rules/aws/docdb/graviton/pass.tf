variable "instance_class" {
  type = string
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine_version     = "5.0.0"
  storage_encrypted  = true
}

resource "aws_docdb_cluster_instance" "primary" {
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = "db.r6g.large"
}

resource "aws_docdb_cluster_instance" "decided_at_apply" {
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = var.instance_class
}

resource "aws_docdb_cluster_instance" "per_team" {
  for_each           = toset(["analytics", "marketing"])
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = "db.t4g.medium"
}

# Engine 3.6 has no Graviton classes; the engine upgrade comes first.
resource "aws_docdb_cluster" "legacy" {
  cluster_identifier = "legacy"
  engine_version     = "3.6.0"
  storage_encrypted  = true
}

resource "aws_docdb_cluster_instance" "legacy" {
  cluster_identifier = aws_docdb_cluster.legacy.id
  instance_class     = "db.r5.large"
}
