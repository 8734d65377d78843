variable "scan_images" {
  type    = bool
  default = false
}

resource "aws_ecr_repository" "api" { # expect: AWS-ECR-SCAN-ON-PUSH
  name = "orders/api"
}

resource "aws_ecr_repository" "batch" {
  name = "orders/batch"

  image_scanning_configuration {
    scan_on_push = false # expect: AWS-ECR-SCAN-ON-PUSH
  }
}

resource "aws_ecr_repository" "worker" {
  name = "orders/worker"

  image_scanning_configuration {
    scan_on_push = var.scan_images # expect: AWS-ECR-SCAN-ON-PUSH
  }
}

# The registry scans only the payments repositories on push, and the other rule only on demand.
resource "aws_ecr_repository" "reports" { # expect: AWS-ECR-SCAN-ON-PUSH
  name = "reports/api"
}

resource "aws_ecr_registry_scanning_configuration" "registry" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "payments/*"
      filter_type = "WILDCARD"
    }
  }

  rule {
    scan_frequency = "MANUAL"
    repository_filter {
      filter      = "reports/*"
      filter_type = "WILDCARD"
    }
  }
}
