variable "tag_mutability" {
  type    = string
  default = "MUTABLE"
}

resource "aws_ecr_repository" "api" { # expect: AWS-ECR-IMMUTABLE-TAGS
  name = "orders/api"
}

resource "aws_ecr_repository" "batch" {
  name                 = "orders/batch"
  image_tag_mutability = "MUTABLE" # expect: AWS-ECR-IMMUTABLE-TAGS
}

resource "aws_ecr_repository" "from_variable" {
  name                 = "orders/worker"
  image_tag_mutability = var.tag_mutability # expect: AWS-ECR-IMMUTABLE-TAGS
}

resource "aws_ecr_repository" "services" {
  for_each             = toset(["billing", "invoices"])
  name                 = "services/${each.key}"
  image_tag_mutability = each.key == "billing" ? "IMMUTABLE" : "MUTABLE" # expect: AWS-ECR-IMMUTABLE-TAGS
}
