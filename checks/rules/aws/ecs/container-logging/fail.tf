resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([ # expect: AWS-ECS-CONTAINER-LOGGING
    {
      name      = "api"
      image     = "registry.example.com/api:1.4.2"
      essential = true
    }
  ])
}

resource "aws_ecs_task_definition" "per_queue" {
  for_each = toset(["orders", "emails"])
  family   = "worker-${each.key}"
  container_definitions = jsonencode([ # expect: AWS-ECS-CONTAINER-LOGGING, AWS-ECS-CONTAINER-LOGGING
    {
      name   = each.key
      image  = "registry.example.com/worker:2.0.1"
      memory = 512
    }
  ])
}
