variable "region" {
  type    = string
  default = "eu-west-1"
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 30
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name  = "api"
      image = "registry.example.com/api:1.4.2"
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.api.name
          awslogs-region        = var.region
          awslogs-stream-prefix = "api"
        }
      }
    }
  ])
}

resource "aws_ecs_task_definition" "per_queue" {
  for_each = toset(["orders", "emails"])
  family   = "worker-${each.key}"
  container_definitions = jsonencode([
    {
      name             = each.key
      image            = "registry.example.com/worker:2.0.1"
      memory           = 512
      logConfiguration = { logDriver = "awsfirelens" }
    }
  ])
}
