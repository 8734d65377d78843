variable "instance_class" {
  type    = string
  default = "db.r5.large"
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine_version     = "5.0.0"
  storage_encrypted  = true
}

resource "aws_docdb_cluster_instance" "primary" {
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = "db.r5.xlarge" # expect: AWS-DOCDB-GRAVITON
}

resource "aws_docdb_cluster_instance" "from_variable" {
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = var.instance_class # expect: AWS-DOCDB-GRAVITON
}

resource "aws_docdb_cluster_instance" "per_team" {
  for_each           = { analytics = "db.r6g.large", marketing = "db.t3.medium" }
  cluster_identifier = aws_docdb_cluster.catalog.id
  instance_class     = each.value # expect: AWS-DOCDB-GRAVITON
}
