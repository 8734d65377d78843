locals {
  expire_untagged = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Drop untagged images after 7 days"
      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 7 }
      action       = { type = "expire" }
    }]
  })
}

resource "aws_ecr_repository" "api" { # expect: AWS-ECR-LIFECYCLE
  name = "orders/api"
}

# The policy below belongs to a repository of another configuration.
resource "aws_ecr_repository" "batch" { # expect: AWS-ECR-LIFECYCLE
  name = "orders/batch"
}

resource "aws_ecr_lifecycle_policy" "legacy" {
  repository = "legacy/batch"
  policy     = local.expire_untagged
}

resource "aws_ecr_repository" "services" { # expect: AWS-ECR-LIFECYCLE, AWS-ECR-LIFECYCLE
  count = 2
  name  = "services/${count.index}"
}
