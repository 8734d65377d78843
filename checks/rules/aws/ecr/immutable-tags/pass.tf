variable "tag_mutability" {
  type = string
}

locals {
  mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "api" {
  name                 = "orders/api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "from_local" {
  name                 = "orders/batch"
  image_tag_mutability = local.mutability
}

resource "aws_ecr_repository" "decided_at_apply" {
  name                 = "orders/worker"
  image_tag_mutability = var.tag_mutability
}

resource "aws_ecr_repository" "services" {
  for_each             = toset(["billing", "invoices"])
  name                 = "services/${each.key}"
  image_tag_mutability = "IMMUTABLE"
}
