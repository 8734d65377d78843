variable "worker_repository" {
  type    = string
  default = "orders/worker"
}

locals {
  keep_last_30 = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Keep the last 30 images"
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 30 }
      action       = { type = "expire" }
    }]
  })
}

resource "aws_ecr_repository" "api" {
  name = "orders/api"
}

resource "aws_ecr_lifecycle_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy     = local.keep_last_30
}

# The policy names the repository by the same literal name.
resource "aws_ecr_repository" "batch" {
  name = "orders/batch"
}

resource "aws_ecr_lifecycle_policy" "batch" {
  repository = "orders/batch"
  policy     = local.keep_last_30
}

# Both name the repository through the same variable.
resource "aws_ecr_repository" "worker" {
  name = var.worker_repository
}

resource "aws_ecr_lifecycle_policy" "worker" {
  repository = var.worker_repository
  policy     = local.keep_last_30
}

resource "aws_ecr_repository" "services" {
  for_each = toset(["billing", "invoices"])
  name     = "services/${each.key}"
}

resource "aws_ecr_lifecycle_policy" "services" {
  for_each   = toset(["billing", "invoices"])
  repository = aws_ecr_repository.services[each.key].name
  policy     = local.keep_last_30
}
