variable "insights_setting" {
  type = string
}

variable "clusters" {
  type    = set(string)
  default = ["orders", "billing"]
}

resource "aws_ecs_cluster" "api" {
  name = "api"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster" "workers" {
  name = "workers"

  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}

resource "aws_ecs_cluster" "batch" {
  name = "batch"

  setting {
    name  = "containerInsights"
    value = var.insights_setting
  }
}

resource "aws_ecs_cluster" "team" {
  for_each = var.clusters
  name     = each.key

  dynamic "setting" {
    for_each = ["containerInsights"]
    content {
      name  = setting.value
      value = "enhanced"
    }
  }
}
