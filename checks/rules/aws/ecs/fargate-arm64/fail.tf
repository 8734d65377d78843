resource "aws_ecs_task_definition" "api" { # expect: AWS-ECS-FARGATE-ARM64
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([{ name = "api", image = "registry.example.com/api:1.4.2" }])
}

resource "aws_ecs_task_definition" "per_queue" {
  for_each                 = toset(["orders", "emails"])
  family                   = "worker-${each.key}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([{ name = each.key, image = "registry.example.com/worker:2.0.1" }])

  runtime_platform {
    cpu_architecture        = "X86_64" # expect: AWS-ECS-FARGATE-ARM64, AWS-ECS-FARGATE-ARM64
    operating_system_family = "LINUX"
  }
}
