variable "scan_images" {
  type = bool
}

variable "scanned_prefix" {
  type    = string
  default = "payments"
}

resource "aws_ecr_repository" "api" {
  name = "orders/api"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "batch" {
  name = "orders/batch"

  image_scanning_configuration {
    scan_on_push = var.scan_images
  }
}

# Scanned on push by the registry-wide rule, whose filter comes from a variable.
resource "aws_ecr_repository" "payments" {
  name = "payments/api"
}

resource "aws_ecr_repository" "refunds" {
  for_each = toset(["eu", "us"])
  name     = "payments/refunds-${each.key}"
}

resource "aws_ecr_registry_scanning_configuration" "registry" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "SCAN_ON_PUSH"
    repository_filter {
      filter      = "${var.scanned_prefix}/*"
      filter_type = "WILDCARD"
    }
  }
}
