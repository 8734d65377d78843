variable "insights_setting" {
  type    = string
  default = "disabled"
}

variable "environment" {
  type    = string
  default = "dev"
}

resource "aws_ecs_cluster" "api" { # expect: AWS-ECS-CONTAINER-INSIGHTS
  name = "api"
}

resource "aws_ecs_cluster" "workers" {
  name = "workers"

  setting {
    name  = "containerInsights"
    value = "disabled" # expect: AWS-ECS-CONTAINER-INSIGHTS
  }
}

resource "aws_ecs_cluster" "batch" {
  name = "batch"

  setting {
    name  = "containerInsights"
    value = var.insights_setting # expect: AWS-ECS-CONTAINER-INSIGHTS
  }
}

resource "aws_ecs_cluster" "web" {
  name = "web"

  setting {
    name  = "containerInsights"
    value = var.environment == "prod" ? "enhanced" : "disabled" # expect: AWS-ECS-CONTAINER-INSIGHTS
  }
}

# Capacity providers are configured separately; Container Insights is still off.
resource "aws_ecs_cluster" "tools" { # expect: AWS-ECS-CONTAINER-INSIGHTS
  name = "tools"
}

resource "aws_ecs_cluster_capacity_providers" "tools" {
  cluster_name       = aws_ecs_cluster.tools.name
  capacity_providers = ["FARGATE_SPOT"]
}
